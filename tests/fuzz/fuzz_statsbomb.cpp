// Any bytes as StatsBomb events, with and without a lineups document.
#include "readers/statsbombreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    StatsBombReader::read(bytes);
    // The same bytes as the lineups and matches documents beside a minimal event list.
    StatsBombReader::read(
            QByteArrayLiteral("[{\"type\":{\"name\":\"Starting "
                              "XI\"},\"period\":1,\"minute\":0,\"team\":{\"name\":\"A\"}}]"),
            bytes, bytes, 7);
    return 0;
}
