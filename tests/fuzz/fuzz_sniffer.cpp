// Any bytes through the format sniffer and whichever reader it picks, as "open file" does.
#include "readers/reportreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ReportReader::sniff(bytes.left(4096));
    ReportReader::readData(bytes);
    return 0;
}
