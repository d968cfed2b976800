#include "prosedocument.h"

int ProseDocument::sentenceAt(int offset) const
{
    int lo = 0;
    int hi = int(sentences.size()) - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (offset < sentences.at(mid).start)
            hi = mid - 1;
        else if (offset >= sentences.at(mid).end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
