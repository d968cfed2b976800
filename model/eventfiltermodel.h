#pragma once

#include "matchevent.h"

#include <QSortFilterProxyModel>

// What the table and the timeline show of the events: by kind, team, player, and optionally only
// what has happened up to the playhead.
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Category {
        Goals = 0x01, // goals, own goals, penalties scored or missed
        Cards = 0x02,
        Chances = 0x04,
        Substitutions = 0x08,
        Periods = 0x10, // kick-off, half-time, shoot-out kicks...
        Var = 0x20,
        Routine = 0x40, // a provider's passes, carries, pressures...
        KeyEvents = Goals | Cards | Chances | Substitutions | Periods | Var,
        AllEvents = KeyEvents | Routine,
    };
    Q_DECLARE_FLAGS(Categories, Category)
    Q_FLAG(Categories)

    explicit EventFilterModel(QObject *parent = nullptr);
    ~EventFilterModel() override;

    static Category categoryOf(MatchEvent::Type type);

    Categories categories() const { return m_categories; }
    void setCategories(Categories categories);
    Side side() const { return m_side; }
    void setSide(Side side); // Side::None shows both teams
    QString playerFilter() const { return m_player; }
    void setPlayerFilter(const QString &text);
    bool upToPlayhead() const { return m_upToPlayhead; }
    void setUpToPlayhead(bool on);

    // The first shown event after a position (forward) or the last one before it, for stepping
    // the playhead from event to event; invalid when there is none.
    QModelIndex adjacentEvent(double position, bool forward) const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Categories m_categories = KeyEvents;
    Side m_side = Side::None;
    QString m_player;
    bool m_upToPlayhead = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EventFilterModel::Categories)
