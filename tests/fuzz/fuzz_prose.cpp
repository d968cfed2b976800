// Any bytes as a plain-text match report: the prose pipeline must end, without a crash, on
// everything.
#include "prose/prosereportreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ProseReportReader::read(
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
