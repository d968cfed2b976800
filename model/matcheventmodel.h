#pragma once

#include "match.h"
#include "timescale.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

class Playhead;

// The events of one match, one row each, in the order they happened. Scores after each event and
// whether it has happened at the playhead are derived here, never stored in the events.
class MatchEventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TeamColumn,
        TypeColumn,
        PlayerColumn,
        AssistColumn,
        DetailColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Role : int {
        TypeRole = Qt::UserRole + 1, // MatchEvent::Type as int
        SideRole, // Side as int
        TimeRole, // MatchTime
        TimeLabelRole, // "45+2'"
        PositionRole, // double on the TimeScale; NaN when the source gave no minute
        PlayPositionRole, // double: where the event counts as having happened
        PlayedRole, // bool: at or before the playhead
        ScoreRole, // QString "2-1": the score after the event
        ScoreHomeRole, // int
        ScoreAwayRole, // int
        ChangesScoreRole, // bool
        PlayerRole,
        SecondPlayerRole,
        DetailRole,
        ChanceKindRole, // MatchEvent::ChanceKind as int
        BodyPartRole, // MatchEvent::BodyPart as int
        XgRole, // double, NaN when unknown
        OutcomeRole,
        EvidenceRole, // QVariantList of QVariantMap {start, length}
        KeyEventRole, // bool: not one of a provider's routine events (passes...)
        EventRole, // MatchEvent
    };
    Q_ENUM(Role)

    explicit MatchEventModel(Playhead *playhead, QObject *parent = nullptr);
    ~MatchEventModel() override;

    void setMatch(const Match &match);
    const Match &match() const { return m_match; }
    const TimeScale &timeScale() const { return m_scale; }
    const MatchEvent &event(int row) const { return m_match.events.at(row); }
    Score scoreAfter(int row) const { return m_scores.at(row); }
    // The score once every event up to the playhead has happened.
    Score scoreAtPlayhead() const;
    // Expected goals of each side's shots up to the playhead (shoot-out kicks left out).
    QPair<double, double> xgAtPlayhead() const;
    bool hasXg() const { return m_hasXg; }

    // Changes go through here so that they can be undone: when an editor is set, an edit in a
    // view is handed to it (which records it and applies it with setEvent); without one, edits
    // apply directly.
    using EventEditor = std::function<void(int row, const MatchEvent &changed)>;
    void setEventEditor(const EventEditor &editor) { m_editor = editor; }
    // A change asked for by a person (a cell, the details form): through the editor if set.
    void requestEdit(int row, const MatchEvent &changed);
    // Replaces an event; it moves to its place in time. Returns its new row.
    int setEvent(int row, const MatchEvent &event);
    // Inserts an event at its place in time; returns its row.
    int insertEvent(const MatchEvent &event);
    void removeEvent(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // An event with one cell changed to a value typed by a person, or nullopt if it means nothing.
    std::optional<MatchEvent> edited(int row, int column, const QVariant &value) const;

signals:
    void matchChanged();
    // Any change to the events after setMatch: an edit, an insertion, a removal.
    void eventsEdited();

private:
    void recomputeDerived();
    void refreshAfterEdit();
    void updatePlayed(double position);
    bool isPlayed(int row) const;

    Playhead *m_playhead;
    Match m_match;
    TimeScale m_scale;
    QList<Score> m_scores;
    QList<double> m_playPositions;
    // Rows ordered by play position, so the rows that change when the playhead moves are found
    // with a binary search.
    QList<int> m_playOrder;
    QList<int> m_rankInPlayOrder;
    int m_playedCount = 0;
    bool m_hasXg = false;
    EventEditor m_editor;
};
