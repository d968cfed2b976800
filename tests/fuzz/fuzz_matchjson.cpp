// Any bytes as Matchline's own JSON format; a file that reads must also write and read back.
#include "readers/matchjsonreader.h"
#include "readers/matchjsonwriter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ReadResult result = MatchJsonReader::read(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (result.ok()) {
        const ReadResult again = MatchJsonReader::read(MatchJsonWriter::write(result.match));
        if (!again.ok())
            __builtin_trap();
    }
    return 0;
}
