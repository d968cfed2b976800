#include "standingsmodel.h"

#include "prose/teamdirectory.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant optional(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// The name a results file uses for a team the report names, through the shared alias list.
QString keyFor(const QString &reportName, const QList<MatchResult> &results)
{
    const TeamDirectory &directory = TeamDirectory::builtIn();
    for (const MatchResult &r : results) {
        for (const QString &name : { r.home, r.away }) {
            if (name == reportName || directory.sameTeam(name, reportName))
                return name;
        }
    }
    return {};
}

} // namespace

StandingsModel::StandingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StandingsModel::~StandingsModel() = default;

void StandingsModel::setMatch(const Match &match)
{
    m_match = match;
    m_live = match.finalOrComputedScore();
    if (m_hasSeason)
        setSeason(m_season, m_seasonFile); // find the new match in it
    else
        rebuild();
}

void StandingsModel::setSeason(const SeasonResults &season, const QString &fileName)
{
    m_season = season;
    m_season.results = Standings::seasonOf(season.results, m_match.date);
    m_seasonFile = fileName;
    m_hasSeason = true;
    m_rules = TableRules::forCompetition(m_match.competition.isEmpty() ? season.competition
                                                                       : m_match.competition);
    const QList<MatchResult> &results = m_season.results;
    m_homeKey = keyFor(m_match.homeTeam, results);
    m_awayKey = keyFor(m_match.awayTeam, results);
    const int index = Standings::findMatch(results, m_homeKey, m_awayKey, m_match.date);
    m_matchInSeason = index >= 0;
    const QDate date = m_matchInSeason ? results.at(index).date : m_match.date;
    const QTime kickOff = m_matchInSeason ? results.at(index).kickOff : QTime();
    m_before = date.isValid() ? Standings::before(results, date, kickOff, m_homeKey, m_awayKey)
                              : results;
    rebuild();
}

void StandingsModel::clearSeason()
{
    m_hasSeason = false;
    m_season = {};
    m_before.clear();
    rebuild();
}

void StandingsModel::setLiveScore(const Score &score)
{
    if (score == m_live)
        return;
    m_live = score;
    if (m_view == View::AtPlayhead)
        rebuild();
}

void StandingsModel::setView(View view)
{
    if (m_view == view)
        return;
    m_view = view;
    rebuild();
}

QString StandingsModel::shownName(const QString &resultsName) const
{
    if (resultsName == m_homeKey && !m_match.homeTeam.isEmpty())
        return m_match.homeTeam;
    if (resultsName == m_awayKey && !m_match.awayTeam.isEmpty())
        return m_match.awayTeam;
    const TeamDirectory &directory = TeamDirectory::builtIn();
    const int team = directory.find(resultsName);
    return team >= 0 ? directory.team(team).name : resultsName;
}

QList<StandingRow> StandingsModel::tableWith(const std::optional<Score> &score) const
{
    QList<MatchResult> results = m_before;
    if (score && !m_homeKey.isEmpty() && !m_awayKey.isEmpty()) {
        MatchResult match;
        match.date = m_match.date;
        match.home = m_homeKey;
        match.away = m_awayKey;
        match.homeGoals = score->home;
        match.awayGoals = score->away;
        results.append(match);
    }
    QList<StandingRow> rows = Standings::table(results, m_rules);
    for (StandingRow &row : rows)
        row.team = shownName(row.team);
    return rows;
}

QList<StandingRow> StandingsModel::factsWith(const std::optional<Score> &score) const
{
    // The report's facts describe the table after the match. The two teams' points before it
    // follow from the final result; every other number stays as stated.
    const std::optional<Score> final = m_match.finalScore
            ? m_match.finalScore
            : std::optional<Score>(m_match.scoreFromEvents());
    const TableRules rules = TableRules::forCompetition(m_match.competition);
    const TeamDirectory &directory = TeamDirectory::builtIn();
    QList<StandingRow> rows = m_match.standings;
    for (StandingRow &row : rows) {
        const bool home = directory.sameTeam(row.team, m_match.homeTeam);
        const bool away = !home && directory.sameTeam(row.team, m_match.awayTeam);
        if (!home && !away)
            continue;
        const auto pointsOf = [&](const Score &s) {
            return home ? Standings::points(s.home, s.away, rules)
                        : Standings::points(s.away, s.home, rules);
        };
        if (row.points && final) {
            row.points = *row.points - pointsOf(*final) + (score ? pointsOf(*score) : 0);
        }
        if (row.played && !score)
            row.played = *row.played - 1;
        if (score && *score != *final)
            row.position.reset(); // the stated place is the one after the final score
        if (!score)
            row.position.reset();
    }
    std::stable_sort(rows.begin(), rows.end(), [](const StandingRow &a, const StandingRow &b) {
        if (a.points && b.points && *a.points != *b.points)
            return *a.points > *b.points;
        if (a.points.has_value() != b.points.has_value())
            return a.points.has_value();
        return a.position.value_or(999) < b.position.value_or(999);
    });
    return rows;
}

void StandingsModel::rebuild()
{
    beginResetModel();
    const std::optional<Score> now =
            m_view == View::AtPlayhead ? std::optional<Score>(m_live) : std::nullopt;
    if (m_hasSeason) {
        m_beforeRows = tableWith(std::nullopt);
        m_rows = tableWith(now);
    } else {
        m_beforeRows = factsWith(std::nullopt);
        m_rows = factsWith(now);
    }
    // Where the report and the results file disagree about the table after the match.
    m_disagreements.clear();
    if (m_hasSeason) {
        const QList<StandingRow> after = tableAfterMatch();
        const TeamDirectory &directory = TeamDirectory::builtIn();
        for (const StandingRow &fact : m_match.standings) {
            for (const StandingRow &row : after) {
                if (!directory.sameTeam(fact.team, row.team))
                    continue;
                if (fact.points && row.points && *fact.points != *row.points) {
                    m_disagreements
                            << QCoreApplication::translate(
                                       "StandingsModel",
                                       "The report gives %1 %2 points; the results file gives %3.")
                                       .arg(fact.team)
                                       .arg(*fact.points)
                                       .arg(*row.points);
                }
                if (fact.position && row.position && *fact.position != *row.position) {
                    m_disagreements << QCoreApplication::translate(
                                               "StandingsModel",
                                               "The report places %1 %2; the results file, %3.")
                                               .arg(fact.team)
                                               .arg(*fact.position)
                                               .arg(*row.position);
                }
            }
        }
    }
    endResetModel();
}

QList<StandingRow> StandingsModel::tableAfterMatch() const
{
    if (!m_hasSeason)
        return m_match.standings;
    return tableWith(m_match.finalOrComputedScore());
}

QString StandingsModel::description() const
{
    if (m_hasSeason) {
        QString text = m_view == View::BeforeMatch
                ? QCoreApplication::translate("StandingsModel",
                                              "Before the match, from %1 (%n result(s)).", nullptr,
                                              int(m_before.size()))
                : QCoreApplication::translate("StandingsModel", "As if the match ended %1, from %2.")
                          .arg(m_live.toString());
        text = text.arg(m_seasonFile);
        if (!m_matchInSeason)
            text += u' '
                    + QCoreApplication::translate("StandingsModel",
                                                  "The results file does not have this match; it "
                                                  "is added from the report.");
        return text;
    }
    if (m_match.standings.isEmpty())
        return QCoreApplication::translate(
                "StandingsModel",
                "The file states nothing about the league table. Open a season's results (File > "
                "Open Season Results) for the full table.");
    return m_view == View::BeforeMatch
            ? QCoreApplication::translate("StandingsModel",
                                          "What the report states, before the match.")
            : QCoreApplication::translate("StandingsModel",
                                          "What the report states, as if the match ended %1.")
                      .arg(m_live.toString());
}

int StandingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StandingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandingRow &row = m_rows.at(index.row());
    const StandingRow *before = nullptr;
    for (const StandingRow &b : m_beforeRows) {
        if (b.team == row.team)
            before = &b;
    }
    const bool highlighted = row.team == m_match.homeTeam || row.team == m_match.awayTeam;
    int move = 0;
    if (before && before->position && row.position)
        move = *before->position - *row.position;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PositionColumn:
            return optional(row.position);
        case MoveColumn:
            return move > 0
                    ? QVariant(u"\u25b2"_s + QString::number(move))
                    : (move < 0 ? QVariant(u"\u25bc"_s + QString::number(-move)) : QVariant());
        case TeamColumn:
            return row.team;
        case PlayedColumn:
            return optional(row.played);
        case WonColumn:
            return optional(row.won);
        case DrawnColumn:
            return optional(row.drawn);
        case LostColumn:
            return optional(row.lost);
        case GoalsForColumn:
            return optional(row.goalsFor);
        case GoalsAgainstColumn:
            return optional(row.goalsAgainst);
        case GoalDifferenceColumn:
            return optional(row.goalDifference());
        case PointsColumn:
            return optional(row.points);
        case FormColumn:
            return row.form.isEmpty() ? QVariant() : QVariant(row.form);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList tip;
        if (before && before->points && row.points && *before->points != *row.points)
            tip << QCoreApplication::translate("StandingsModel", "%1 points before the match")
                            .arg(*before->points);
        if (!row.note.isEmpty())
            tip << row.note;
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() != TeamColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TeamRole:
        return row.team;
    case PositionRole:
        return optional(row.position);
    case PointsRole:
        return optional(row.points);
    case PointsBeforeRole:
        return before ? optional(before->points) : QVariant();
    case MoveRole:
        return move;
    case NoteRole:
        return row.note;
    case HighlightRole:
        return highlighted;
    default:
        break;
    }
    return {};
}

QVariant StandingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case PositionColumn:
        return tip ? tr("Position") : tr("#");
    case MoveColumn:
        return tip ? tr("Places gained or lost since before the match") : QString();
    case TeamColumn:
        return tr("Team");
    case PlayedColumn:
        return tip ? tr("Played") : tr("P");
    case WonColumn:
        return tip ? tr("Won") : tr("W");
    case DrawnColumn:
        return tip ? tr("Drawn") : tr("D");
    case LostColumn:
        return tip ? tr("Lost") : tr("L");
    case GoalsForColumn:
        return tip ? tr("Goals for") : tr("GF");
    case GoalsAgainstColumn:
        return tip ? tr("Goals against") : tr("GA");
    case GoalDifferenceColumn:
        return tip ? tr("Goal difference") : tr("GD");
    case PointsColumn:
        return tip ? tr("Points") : tr("Pts");
    case FormColumn:
        return tip ? tr("Last five results, oldest first") : tr("Form");
    case ColumnCount:
        break;
    }
    return {};
}
