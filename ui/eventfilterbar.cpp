#include "eventfilterbar.h"

#include "eventfiltermodel.h"
#include "matcheventmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QStringListModel>

EventFilterBar::EventFilterBar(MatchEventModel *events, EventFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_filter(filter)
    , m_kind(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_player(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_players(new QStringListModel(this))
    , m_upToPlayhead(new QCheckBox(tr("Up to the playhead"), this))
{
    using C = EventFilterModel;
    const struct
    {
        QString text;
        C::Categories categories;
    } kinds[] = {
        { tr("Key events"), C::KeyEvents },
        { tr("Goals"), C::Goals },
        { tr("Cards"), C::Cards },
        { tr("Chances"), C::Chances },
        { tr("Substitutions"), C::Substitutions },
        { tr("All events"), C::AllEvents },
    };
    for (const auto &kind : kinds)
        m_kind->addItem(kind.text, int(kind.categories));
    m_kind->setAccessibleName(tr("Kind of events"));
    m_team->setAccessibleName(tr("Team"));
    m_player->setPlaceholderText(tr("Player…"));
    m_player->setClearButtonEnabled(true);
    m_player->setAccessibleName(tr("Player"));
    m_completer->setModel(m_players);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_player->setCompleter(m_completer);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_kind);
    layout->addWidget(m_team);
    layout->addWidget(m_player, 1);
    layout->addWidget(m_upToPlayhead);

    // Only what the user picks filters; refilling the team list for a new match does not.
    connect(m_kind, &QComboBox::activated, this, &EventFilterBar::apply);
    connect(m_team, &QComboBox::activated, this, &EventFilterBar::apply);
    connect(m_player, &QLineEdit::textChanged, this, &EventFilterBar::apply);
    connect(m_upToPlayhead, &QCheckBox::toggled, this, &EventFilterBar::apply);
    connect(m_events, &MatchEventModel::matchChanged, this, &EventFilterBar::updateForMatch);
    updateForMatch();
}

EventFilterBar::~EventFilterBar() = default;

void EventFilterBar::updateForMatch()
{
    const Match &match = m_events->match();
    const int team = m_team->currentIndex();
    m_team->clear();
    m_team->addItem(tr("Both teams"), int(Side::None));
    m_team->addItem(match.homeTeam.isEmpty() ? tr("Home") : match.homeTeam, int(Side::Home));
    m_team->addItem(match.awayTeam.isEmpty() ? tr("Away") : match.awayTeam, int(Side::Away));
    m_team->setCurrentIndex(qMax(0, team));
    QSet<QString> names;
    for (const MatchEvent &e : match.events) {
        if (!e.player.isEmpty())
            names.insert(e.player);
        if (!e.secondPlayer.isEmpty())
            names.insert(e.secondPlayer);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_players->setStringList(sorted);
}

void EventFilterBar::apply()
{
    m_filter->setCategories(EventFilterModel::Categories(m_kind->currentData().toInt()));
    m_filter->setSide(Side(m_team->currentData().toInt()));
    m_filter->setPlayerFilter(m_player->text());
    m_filter->setUpToPlayhead(m_upToPlayhead->isChecked());
}
