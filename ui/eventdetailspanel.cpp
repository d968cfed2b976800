#include "eventdetailspanel.h"

#include "match.h"
#include "matcheventmodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    QString suffix = u"th"_s;
    if (lastTwo < 11 || lastTwo > 13) {
        if (last == 1)
            suffix = u"st"_s;
        else if (last == 2)
            suffix = u"nd"_s;
        else if (last == 3)
            suffix = u"rd"_s;
    }
    return QString::number(n) + suffix;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString whenText(const MatchTime &time)
{
    if (!time.isKnown())
        return EventDetailsPanel::tr("The source gives no time for it.");
    if (time.period() == MatchTime::Period::Shootout)
        return EventDetailsPanel::tr("It happened in the penalty shoot-out.");
    if (!time.hasMinute())
        return EventDetailsPanel::tr("The source places it in the %1 but gives no minute.")
                .arg(MatchTime::periodName(time.period()));
    if (time.added() == MatchTime::UnknownAdded)
        return EventDetailsPanel::tr("It happened in stoppage time after the %1 minute.")
                .arg(ordinal(time.minute()));
    if (time.added() > 0)
        return EventDetailsPanel::tr("It happened in the %1 minute of stoppage time after the %2 "
                                     "minute (%3).")
                .arg(ordinal(time.added()), ordinal(time.minute()), time.label());
    return EventDetailsPanel::tr("It happened in the %1 minute.")
            .arg(ordinal(qMax(1, time.minute())));
}

QString bodyPartText(MatchEvent::BodyPart part)
{
    switch (part) {
    case MatchEvent::BodyPart::Head:
        return EventDetailsPanel::tr("with a header");
    case MatchEvent::BodyPart::LeftFoot:
        return EventDetailsPanel::tr("with the left foot");
    case MatchEvent::BodyPart::RightFoot:
        return EventDetailsPanel::tr("with the right foot");
    case MatchEvent::BodyPart::Foot:
        return EventDetailsPanel::tr("with a shot");
    case MatchEvent::BodyPart::Other:
        return EventDetailsPanel::tr("with another part of the body");
    case MatchEvent::BodyPart::Unknown:
        break;
    }
    return {};
}

QString whatText(const Match &match, const MatchEvent &e, const QString &scoreAfter)
{
    using Type = MatchEvent::Type;
    const QString who = e.player.isEmpty() ? EventDetailsPanel::tr("A player") : esc(e.player);
    const QString team = esc(match.teamName(e.side));
    const QString other = esc(match.teamName(
            e.side == Side::Home ? Side::Away : (e.side == Side::Away ? Side::Home : Side::None)));
    QString text;
    switch (e.type) {
    case Type::Goal:
    case Type::PenaltyGoal:
        text = e.type == Type::PenaltyGoal
                ? EventDetailsPanel::tr("%1 scored from the penalty spot").arg(who)
                : EventDetailsPanel::tr("%1 scored").arg(who);
        if (!team.isEmpty())
            text += EventDetailsPanel::tr(" for %1").arg(team);
        if (const QString how = bodyPartText(e.bodyPart); !how.isEmpty())
            text += u' ' + how;
        if (!e.secondPlayer.isEmpty())
            text += EventDetailsPanel::tr(", assisted by %1").arg(esc(e.secondPlayer));
        text += EventDetailsPanel::tr(". The score became %1.").arg(scoreAfter);
        break;
    case Type::OwnGoal:
        text = EventDetailsPanel::tr("%1 put the ball into his own net").arg(who);
        if (!other.isEmpty())
            text += EventDetailsPanel::tr(" (%1)").arg(other);
        if (!team.isEmpty())
            text += EventDetailsPanel::tr("; the goal counts for %1").arg(team);
        text += EventDetailsPanel::tr(". The score became %1.").arg(scoreAfter);
        break;
    case Type::MissedPenalty:
        text = EventDetailsPanel::tr("%1 missed a penalty").arg(who);
        if (!team.isEmpty())
            text += EventDetailsPanel::tr(" for %1").arg(team);
        text += u'.';
        break;
    case Type::YellowCard:
        text = EventDetailsPanel::tr("%1 was shown a yellow card").arg(who);
        break;
    case Type::SecondYellow:
        text = EventDetailsPanel::tr("%1 was shown a second yellow card and sent off").arg(who);
        break;
    case Type::RedCard:
        text = EventDetailsPanel::tr("%1 was shown a straight red card and sent off").arg(who);
        break;
    case Type::Substitution:
        text = e.secondPlayer.isEmpty()
                ? EventDetailsPanel::tr("%1 was substituted").arg(who)
                : EventDetailsPanel::tr("%1 came on for %2").arg(esc(e.secondPlayer), who);
        break;
    case Type::Var:
        text = EventDetailsPanel::tr("A VAR review");
        if (!e.player.isEmpty())
            text += EventDetailsPanel::tr(" involving %1").arg(who);
        break;
    case Type::Chance:
        text = EventDetailsPanel::tr("A chance for %1").arg(e.player.isEmpty() ? team : who);
        if (e.chance != MatchEvent::ChanceKind::None)
            text += u": "_s + esc(MatchEvent::chanceName(e.chance));
        break;
    case Type::ShootoutKick:
        text = EventDetailsPanel::tr("%1 took a kick in the shoot-out").arg(who);
        if (!e.outcome.isEmpty())
            text += u": "_s + esc(e.outcome);
        break;
    case Type::KickOff:
    case Type::HalfTime:
    case Type::FullTime:
    case Type::ExtraTime:
    case Type::Shootout:
        text = EventDetailsPanel::tr("%1. The score was %2.")
                       .arg(MatchEvent::typeName(e.type), scoreAfter);
        return text;
    case Type::Other:
        text = esc(e.detail.isEmpty() ? MatchEvent::typeName(e.type) : e.detail);
        if (!e.player.isEmpty())
            text += u": "_s + who;
        break;
    }
    const bool cardOrSub = e.isCard() || e.type == Type::Substitution || e.type == Type::Var
            || e.type == Type::Other;
    if (cardOrSub && !team.isEmpty())
        text += u" ("_s + team + u')';
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

EventDetailsPanel::EventDetailsPanel(MatchEventModel *events, QItemSelectionModel *selection,
                                     QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_selection(selection)
    , m_browser(new QTextBrowser(this))
    , m_form(new QWidget(this))
    , m_type(new QComboBox(m_form))
    , m_time(new QLineEdit(m_form))
    , m_side(new QComboBox(m_form))
    , m_player(new QLineEdit(m_form))
    , m_second(new QLineEdit(m_form))
    , m_detail(new QLineEdit(m_form))
    , m_apply(new QPushButton(tr("Apply"), m_form))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser, 1);
    // Correcting what was read: the same fields as the table, applied as one undoable change.
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(4, 2, 4, 4);
    for (int t = 0; t <= int(MatchEvent::Type::Other); ++t)
        m_type->addItem(MatchEvent::typeName(MatchEvent::Type(t)), t);
    m_time->setPlaceholderText(tr("17, 45+2, 90+"));
    form->addRow(tr("Event"), m_type);
    form->addRow(tr("Time"), m_time);
    form->addRow(tr("Team"), m_side);
    form->addRow(tr("Player"), m_player);
    form->addRow(tr("Assist / on"), m_second);
    form->addRow(tr("Detail"), m_detail);
    form->addRow(QString(), m_apply);
    layout->addWidget(m_form);
    connect(m_apply, &QPushButton::clicked, this, &EventDetailsPanel::applyForm);
    for (QLineEdit *edit : { m_time, m_player, m_second, m_detail })
        connect(edit, &QLineEdit::returnPressed, this, &EventDetailsPanel::applyForm);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Event details"));
    connect(m_selection, &QItemSelectionModel::currentChanged, this,
            &EventDetailsPanel::showCurrent);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &EventDetailsPanel::showCurrent);
    connect(m_events, &MatchEventModel::matchChanged, this, &EventDetailsPanel::showCurrent);
    connect(m_events, &QAbstractItemModel::dataChanged, this, &EventDetailsPanel::showCurrent);
    showCurrent();
}

EventDetailsPanel::~EventDetailsPanel() = default;

QString EventDetailsPanel::text() const
{
    return m_browser->toPlainText();
}

QString EventDetailsPanel::describe(const Match &match, const MatchEvent &event, int row,
                                    const QString &scoreAfter)
{
    Q_UNUSED(row)
    QString html = u"<h3>"_s + esc(event.time.label()) + u" \u2014 "_s
            + esc(MatchEvent::typeName(event.type)) + u"</h3>"_s;
    html += u"<p>"_s + whatText(match, event, scoreAfter) + u' ' + whenText(event.time) + u"</p>"_s;
    if (event.hasXg())
        html += u"<p>"_s + tr("Expected goals (xG): %1").arg(event.xg, 0, 'f', 2) + u"</p>"_s;
    if (!event.outcome.isEmpty() && event.type != MatchEvent::Type::ShootoutKick)
        html += u"<p>"_s + tr("Outcome: %1").arg(esc(event.outcome)) + u"</p>"_s;
    if (!event.detail.isEmpty() && event.type != MatchEvent::Type::Other)
        html += u"<p><i>"_s + esc(event.detail) + u"</i></p>"_s;
    if (!event.evidence.isEmpty() && !match.sourceText.isEmpty()) {
        html += u"<p><b>"_s + tr("From the report:") + u"</b></p>"_s;
        for (const TextSpan &span : event.evidence) {
            if (span.start < 0 || span.end() > match.sourceText.size())
                continue;
            html += u"<blockquote>\u201c"_s
                    + esc(match.sourceText.mid(span.start, span.length).simplified())
                    + u"\u201d</blockquote>"_s;
        }
    }
    return html;
}

int EventDetailsPanel::currentRow() const
{
    QModelIndex index = m_selection->currentIndex();
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index.isValid() && index.model() == m_events ? index.row() : -1;
}

void EventDetailsPanel::fillForm(int row)
{
    m_form->setEnabled(row >= 0);
    const Match &match = m_events->match();
    m_side->clear();
    m_side->addItem(tr("(no team)"), int(Side::None));
    m_side->addItem(match.homeTeam, int(Side::Home));
    m_side->addItem(match.awayTeam, int(Side::Away));
    if (row < 0) {
        for (QLineEdit *edit : { m_time, m_player, m_second, m_detail })
            edit->clear();
        return;
    }
    const MatchEvent &e = m_events->event(row);
    m_type->setCurrentIndex(m_type->findData(int(e.type)));
    m_time->setText(m_events->index(row, MatchEventModel::TimeColumn).data(Qt::EditRole).toString());
    m_side->setCurrentIndex(m_side->findData(int(e.side)));
    m_player->setText(e.player);
    m_second->setText(e.secondPlayer);
    m_detail->setText(e.detail);
}

void EventDetailsPanel::applyForm()
{
    const int row = currentRow();
    if (row < 0)
        return;
    MatchEvent changed = m_events->event(row);
    const MatchTime time = MatchTime::fromString(m_time->text());
    if (!time.isKnown() && !m_time->text().trimmed().isEmpty()) {
        m_time->setFocus();
        m_time->selectAll();
        return; // not a time a person could mean: nothing changes
    }
    changed.type = MatchEvent::Type(m_type->currentData().toInt());
    changed.time = time;
    changed.side = Side(m_side->currentData().toInt());
    changed.player = m_player->text().trimmed();
    changed.secondPlayer = m_second->text().trimmed();
    changed.detail = m_detail->text();
    if (changed != m_events->event(row))
        m_events->requestEdit(row, changed);
}

void EventDetailsPanel::showCurrent()
{
    fillForm(currentRow());
    QModelIndex index = m_selection->currentIndex();
    if (!index.isValid() || !m_selection->isRowSelected(index.row(), index.parent())) {
        const QModelIndexList rows = m_selection->selectedRows();
        index = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    // The selection lives on the filtered view; the event itself in the match model.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
    if (proxy)
        index = proxy->mapToSource(index);
    if (!index.isValid() || index.model() != m_events) {
        m_browser->setHtml(u"<p style='color:gray'>"_s
                           + tr("Click an event on the timeline or in the list to see its details.")
                           + u"</p>"_s);
        return;
    }
    const int row = index.row();
    m_browser->setHtml(describe(m_events->match(), m_events->event(row), row,
                                m_events->scoreAfter(row).toString()));
}
