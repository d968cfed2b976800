#include "scoreboard.h"

#include "matcheventmodel.h"
#include "playhead.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

Scoreboard::Scoreboard(MatchEventModel *events, Playhead *playhead, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_playhead(playhead)
    , m_home(new QLabel(this))
    , m_score(new QLabel(this))
    , m_away(new QLabel(this))
    , m_time(new QLabel(this))
    , m_context(new QLabel(this))
    , m_xg(new QLabel(this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    for (QLabel *label : { m_home, m_score, m_away })
        label->setFont(big);
    m_home->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumWidth(QFontMetrics(big).horizontalAdvance(u"00 - 00"_s));
    m_score->setAccessibleName(tr("Score at the playhead"));
    m_time->setAccessibleName(tr("Match time at the playhead"));
    QFont timeFont = font();
    timeFont.setBold(true);
    m_time->setFont(timeFont);
    m_context->setForegroundRole(QPalette::PlaceholderText);

    m_xg->setAlignment(Qt::AlignCenter);
    m_xg->setAccessibleName(tr("Expected goals at the playhead"));
    auto *centre = new QVBoxLayout;
    centre->setSpacing(0);
    centre->addWidget(m_score);
    centre->addWidget(m_xg);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_context, 1);
    layout->addWidget(m_home, 2);
    layout->addLayout(centre);
    layout->addWidget(m_away, 2);
    layout->addWidget(m_time, 1, Qt::AlignRight);

    connect(m_playhead, &Playhead::currentTimeChanged, this, &Scoreboard::refresh);
    connect(m_events, &MatchEventModel::matchChanged, this, &Scoreboard::refresh);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &Scoreboard::refresh);
    refresh();
}

Scoreboard::~Scoreboard() = default;

QString Scoreboard::scoreText() const
{
    return m_score->text().remove(u' ');
}

QString Scoreboard::timeText() const
{
    return m_time->text();
}

QString Scoreboard::xgText() const
{
    return m_xg->isHidden() ? QString() : m_xg->text();
}

void Scoreboard::refresh()
{
    const Match &match = m_events->match();
    m_home->setText(match.homeTeam.isEmpty() ? tr("Home") : match.homeTeam);
    m_away->setText(match.awayTeam.isEmpty() ? tr("Away") : match.awayTeam);
    const Score score = m_events->scoreAtPlayhead();
    m_score->setText(QString::number(score.home) + u" - "_s + QString::number(score.away));
    m_xg->setVisible(m_events->hasXg());
    if (m_events->hasXg()) {
        const auto xg = m_events->xgAtPlayhead();
        m_xg->setText(tr("xG %1 \u2013 %2").arg(xg.first, 0, 'f', 2).arg(xg.second, 0, 'f', 2));
    }
    const bool atEnd = m_playhead->position() >= m_events->timeScale().end() - 1e-9;
    QString time = m_playhead->time().label();
    if (atEnd && !m_events->match().events.isEmpty())
        time = tr("FT");
    m_time->setText(time);
    QStringList context;
    if (!match.competition.isEmpty())
        context << match.competition;
    if (match.date.isValid())
        context << QLocale().toString(match.date, QLocale::ShortFormat);
    if (!match.venue.isEmpty())
        context << match.venue;
    m_context->setText(context.join(u" \u00b7 "_s));
    m_context->setToolTip(context.join(u'\n'));
    if (match.shootoutScore && atEnd)
        m_time->setText(tr("FT (%1 pens)").arg(match.shootoutScore->toString()));
}
