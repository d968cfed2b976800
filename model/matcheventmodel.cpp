#include "matcheventmodel.h"

#include "playhead.h"

#include <QVariantMap>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

// A hair of tolerance so that an event at 17' has happened when the playhead stands on 17'.
constexpr double epsilon = 1e-6;

QString typeText(const MatchEvent &event)
{
    QString text = MatchEvent::typeName(event.type);
    if (event.type == MatchEvent::Type::Chance && event.chance != MatchEvent::ChanceKind::None)
        text += u" ("_s + MatchEvent::chanceName(event.chance) + u')';
    if (event.type == MatchEvent::Type::Other && !event.detail.isEmpty())
        return event.detail.section(u':', 0, 0);
    return text;
}

} // namespace

MatchEventModel::MatchEventModel(Playhead *playhead, QObject *parent)
    : QAbstractTableModel(parent)
    , m_playhead(playhead)
{
    connect(m_playhead, &Playhead::currentTimeChanged, this, &MatchEventModel::updatePlayed);
}

MatchEventModel::~MatchEventModel() = default;

void MatchEventModel::setMatch(const Match &match)
{
    beginResetModel();
    m_match = match;
    m_scale = TimeScale(m_match.eventTimes());
    recomputeDerived();
    m_playedCount =
            int(std::upper_bound(
                        m_playOrder.cbegin(), m_playOrder.cend(), m_playhead->position() + epsilon,
                        [this](double pos, int row) { return pos < m_playPositions.at(row); })
                - m_playOrder.cbegin());
    endResetModel();
    m_playhead->setScale(m_scale);
    emit matchChanged();
}

void MatchEventModel::recomputeDerived()
{
    m_hasXg = std::any_of(m_match.events.cbegin(), m_match.events.cend(),
                          [](const MatchEvent &e) { return e.hasXg(); });
    m_scores = m_match.runningScores();
    const int n = int(m_match.events.size());
    m_playPositions.resize(n);
    for (int row = 0; row < n; ++row)
        m_playPositions[row] = m_scale.playPosition(m_match.events.at(row).time);
    m_playOrder.resize(n);
    std::iota(m_playOrder.begin(), m_playOrder.end(), 0);
    std::stable_sort(m_playOrder.begin(), m_playOrder.end(), [this](int a, int b) {
        return m_playPositions.at(a) < m_playPositions.at(b);
    });
    m_rankInPlayOrder.resize(n);
    for (int rank = 0; rank < n; ++rank)
        m_rankInPlayOrder[m_playOrder.at(rank)] = rank;
}

void MatchEventModel::updatePlayed(double position)
{
    const int count = int(
            std::upper_bound(m_playOrder.cbegin(), m_playOrder.cend(), position + epsilon,
                             [this](double pos, int row) { return pos < m_playPositions.at(row); })
            - m_playOrder.cbegin());
    if (count == m_playedCount)
        return;
    const int from = qMin(count, m_playedCount);
    const int to = qMax(count, m_playedCount);
    m_playedCount = count;
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (int rank = from; rank < to; ++rank) {
        first = qMin(first, m_playOrder.at(rank));
        last = qMax(last, m_playOrder.at(rank));
    }
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1), { PlayedRole });
}

bool MatchEventModel::isPlayed(int row) const
{
    return m_rankInPlayOrder.at(row) < m_playedCount;
}

Score MatchEventModel::scoreAtPlayhead() const
{
    Score score;
    for (int rank = 0; rank < m_playedCount; ++rank) {
        const MatchEvent &event = m_match.events.at(m_playOrder.at(rank));
        if (!event.isGoal())
            continue;
        if (event.side == Side::Home)
            ++score.home;
        else if (event.side == Side::Away)
            ++score.away;
    }
    return score;
}

QPair<double, double> MatchEventModel::xgAtPlayhead() const
{
    QPair<double, double> xg { 0, 0 };
    for (int rank = 0; rank < m_playedCount; ++rank) {
        const MatchEvent &event = m_match.events.at(m_playOrder.at(rank));
        if (!event.hasXg() || event.type == MatchEvent::Type::ShootoutKick
            || event.side == Side::None)
            continue;
        (event.side == Side::Home ? xg.first : xg.second) += event.xg;
    }
    return xg;
}

int MatchEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_match.events.size());
}

int MatchEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const MatchEvent &event = m_match.events.at(row);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return event.time.label();
        case TeamColumn:
            return m_match.teamName(event.side);
        case TypeColumn:
            return typeText(event);
        case PlayerColumn:
            if (event.type == MatchEvent::Type::Substitution && !event.secondPlayer.isEmpty())
                return tr("%1 for %2").arg(event.secondPlayer, event.player);
            return event.player;
        case AssistColumn:
            return event.type == MatchEvent::Type::Substitution ? QString() : event.secondPlayer;
        case DetailColumn:
            return event.detail;
        case ScoreColumn:
            return m_scores.at(row).toString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::EditRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return event.time.hasMinute() ? event.time.label().remove(u'\'') : event.time.label();
        case TeamColumn:
            return int(event.side);
        case TypeColumn:
            return int(event.type);
        case PlayerColumn:
            return event.player;
        case AssistColumn:
            return event.secondPlayer;
        case DetailColumn:
            return event.detail;
        case ScoreColumn:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TypeRole:
        return int(event.type);
    case SideRole:
        return int(event.side);
    case TimeRole:
        return QVariant::fromValue(event.time);
    case TimeLabelRole:
        return event.time.label();
    case PositionRole:
        return m_scale.position(event.time);
    case PlayPositionRole:
        return m_playPositions.at(row);
    case PlayedRole:
        return isPlayed(row);
    case ScoreRole:
        return m_scores.at(row).toString();
    case ScoreHomeRole:
        return m_scores.at(row).home;
    case ScoreAwayRole:
        return m_scores.at(row).away;
    case ChangesScoreRole:
        return event.isGoal() && event.side != Side::None;
    case PlayerRole:
        return event.player;
    case SecondPlayerRole:
        return event.secondPlayer;
    case DetailRole:
        return event.detail;
    case ChanceKindRole:
        return int(event.chance);
    case BodyPartRole:
        return int(event.bodyPart);
    case XgRole:
        return event.xg;
    case OutcomeRole:
        return event.outcome;
    case EvidenceRole: {
        QVariantList spans;
        for (const TextSpan &span : event.evidence)
            spans.append(QVariantMap { { u"start"_s, span.start }, { u"length"_s, span.length } });
        return spans;
    }
    case KeyEventRole:
        return event.isKeyEvent();
    case EventRole:
        return QVariant::fromValue(event);
    default:
        break;
    }
    return {};
}

QVariant MatchEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TeamColumn:
        return tr("Team");
    case TypeColumn:
        return tr("Event");
    case PlayerColumn:
        return tr("Player");
    case AssistColumn:
        return tr("Assist / on");
    case DetailColumn:
        return tr("Detail");
    case ScoreColumn:
        return tr("Score");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> MatchEventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TypeRole, "type");
    names.insert(SideRole, "side");
    names.insert(TimeRole, "time");
    names.insert(TimeLabelRole, "timeLabel");
    names.insert(PositionRole, "position");
    names.insert(PlayPositionRole, "playPosition");
    names.insert(PlayedRole, "played");
    names.insert(ScoreRole, "score");
    names.insert(ScoreHomeRole, "scoreHome");
    names.insert(ScoreAwayRole, "scoreAway");
    names.insert(ChangesScoreRole, "changesScore");
    names.insert(PlayerRole, "player");
    names.insert(SecondPlayerRole, "secondPlayer");
    names.insert(DetailRole, "detail");
    names.insert(ChanceKindRole, "chanceKind");
    names.insert(BodyPartRole, "bodyPart");
    names.insert(XgRole, "xg");
    names.insert(OutcomeRole, "outcome");
    names.insert(EvidenceRole, "evidence");
    names.insert(KeyEventRole, "keyEvent");
    names.insert(EventRole, "event");
    return names;
}

Qt::ItemFlags MatchEventModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ScoreColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<MatchEvent> MatchEventModel::edited(int row, int column, const QVariant &value) const
{
    if (row < 0 || row >= m_match.events.size())
        return std::nullopt;
    MatchEvent e = m_match.events.at(row);
    switch (Column(column)) {
    case TimeColumn: {
        const QString text = value.toString().trimmed();
        const MatchTime time = MatchTime::fromString(text);
        if (!time.isKnown() && !text.isEmpty() && text != u"?")
            return std::nullopt; // not a time: the cell keeps its value
        e.time = time;
        break;
    }
    case TeamColumn: {
        bool ok = false;
        const int side = value.toInt(&ok);
        if (ok && side >= int(Side::None) && side <= int(Side::Away)) {
            e.side = Side(side);
        } else {
            const QString name = value.toString().trimmed();
            if (name.compare(m_match.homeTeam, Qt::CaseInsensitive) == 0 || name == u"home")
                e.side = Side::Home;
            else if (name.compare(m_match.awayTeam, Qt::CaseInsensitive) == 0 || name == u"away")
                e.side = Side::Away;
            else if (name.isEmpty())
                e.side = Side::None;
            else
                return std::nullopt;
        }
        break;
    }
    case TypeColumn: {
        bool ok = false;
        const int type = value.toInt(&ok);
        if (ok && type >= 0 && type <= int(MatchEvent::Type::Other)) {
            e.type = MatchEvent::Type(type);
        } else {
            MatchEvent::Type parsed;
            if (!MatchEvent::typeFromKey(value.toString(), &parsed)
                && !MatchEvent::markerFromKey(value.toString(), &parsed))
                return std::nullopt;
            e.type = parsed;
        }
        break;
    }
    case PlayerColumn:
        e.player = value.toString().trimmed();
        break;
    case AssistColumn:
        e.secondPlayer = value.toString().trimmed();
        break;
    case DetailColumn:
        e.detail = value.toString();
        break;
    case ScoreColumn:
    case ColumnCount:
        return std::nullopt;
    }
    return e;
}

bool MatchEventModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const std::optional<MatchEvent> changed = edited(index.row(), index.column(), value);
    if (!changed || *changed == m_match.events.at(index.row()))
        return false;
    requestEdit(index.row(), *changed);
    return true;
}

void MatchEventModel::requestEdit(int row, const MatchEvent &changed)
{
    if (m_editor)
        m_editor(row, changed);
    else
        setEvent(row, changed);
}

int MatchEventModel::setEvent(int row, const MatchEvent &event)
{
    if (row < 0 || row >= m_match.events.size())
        return -1;
    // Where it belongs now, counted as if it were out of the list.
    const TimeScale scale(m_match.eventTimes() + QList<MatchTime> { event.time });
    const double pos = scale.playPosition(event.time);
    int target = 0;
    for (int r = 0, k = 0; r < m_match.events.size(); ++r) {
        if (r == row)
            continue;
        if (scale.playPosition(m_match.events.at(r).time) <= pos + 1e-9)
            target = k + 1;
        ++k;
    }
    m_match.events[row] = event;
    if (target != row) {
        // beginMoveRows counts the destination before the move.
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_match.events.move(row, target);
        endMoveRows();
    }
    refreshAfterEdit();
    return target;
}

int MatchEventModel::insertEvent(const MatchEvent &event)
{
    const TimeScale scale(m_match.eventTimes() + QList<MatchTime> { event.time });
    const double pos = scale.playPosition(event.time);
    int target = 0;
    for (int r = 0; r < m_match.events.size(); ++r) {
        if (scale.playPosition(m_match.events.at(r).time) <= pos + 1e-9)
            target = r + 1;
    }
    beginInsertRows({}, target, target);
    m_match.events.insert(target, event);
    recomputeDerived();
    endInsertRows();
    refreshAfterEdit();
    return target;
}

void MatchEventModel::removeEvent(int row)
{
    if (row < 0 || row >= m_match.events.size())
        return;
    beginRemoveRows({}, row, row);
    m_match.events.removeAt(row);
    recomputeDerived();
    endRemoveRows();
    refreshAfterEdit();
}

void MatchEventModel::refreshAfterEdit()
{
    const TimeScale scale(m_match.eventTimes());
    const bool newScale = !(scale == m_scale);
    m_scale = scale;
    recomputeDerived();
    m_playedCount =
            int(std::upper_bound(
                        m_playOrder.cbegin(), m_playOrder.cend(), m_playhead->position() + epsilon,
                        [this](double pos, int row) { return pos < m_playPositions.at(row); })
                - m_playOrder.cbegin());
    if (!m_match.events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (newScale)
        m_playhead->setScale(m_scale, true);
    emit eventsEdited();
}
