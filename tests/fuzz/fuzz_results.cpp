// Any bytes as a season's results (openfootball text or football-data CSV), then a table.
#include "readers/resultsreader.h"
#include "standings.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SeasonResults season =
            ResultsReader::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (season.ok()) {
        const QList<MatchResult> one =
                Standings::seasonOf(season.results, season.results.first().date);
        Standings::table(one, TableRules::forCompetition(season.competition));
    }
    return 0;
}
