// Compiles the prose rules' Vectorscan prefilters when the program is built, so that the program
// reads them instead of compiling them when it starts (several seconds of compiling, against a
// millisecond of reading). Usage: matchline-prefilters OUTPUT
#include "prose/rulebook.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: matchline-prefilters OUTPUT\n");
        return 2;
    }
    const RuleBook &book = RuleBook::builtIn();
    if (!book.errors().isEmpty()) {
        for (const QString &e : book.errors())
            std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    QSaveFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly) || out.write(book.precompiledPrefilters()) < 0
        || !out.commit()) {
        std::fprintf(stderr, "matchline-prefilters: %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
