#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

// Every string the program shows goes through tr() in a context lupdate sees, and the
// translation file holds it: lupdate is run over the sources, as the build target
// update_translations runs it, and every message it finds must be in
// resources/translations/matchline_en.ts (refresh it with that target).
class TestTranslations : public QObject
{
    Q_OBJECT

    // Context and source text of every message of a .ts file.
    static QSet<QString> messages(const QString &path, QString *error)
    {
        QSet<QString> out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return out;
        }
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                out.insert(context + u" | "_s + xml.readElementText());
        }
        if (xml.hasError())
            *error = xml.errorString();
        return out;
    }

private slots:
    void everyShownStringIsInTheTranslationFile()
    {
        const QString source = QStringLiteral(MATCHLINE_SOURCE_DIR);
        QStringList files;
        for (const QString &dir : { u"model"_s, u"ui"_s, u"app"_s }) {
            QDirIterator it(source + u'/' + dir, { u"*.cpp"_s }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY(files.size() > 20);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MATCHLINE_LUPDATE),
                      QStringList { u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s,
                                    source + u"/model"_s, u"-I"_s, source + u"/ui"_s }
                              + files + QStringList { u"-ts"_s, fresh });
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QSet<QString> found = messages(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> kept =
                messages(source + u"/resources/translations/matchline_en.ts"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Enough strings for the check to mean something, among them the reader's warnings.
        QVERIFY(found.size() > 100);
        QVERIFY(found.contains(
                u"EventResolver | Left out %1: with it the goals would not add up to %2."_s));

        QStringList missing = (found - kept).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in matchline_en.ts (build the target update_translations):\n"_s
                            + missing.join(u'\n')));
        // tr() outside a class lupdate understands lands in no real context.
        QStringList contextless;
        for (const QString &m : found) {
            if (m.startsWith(u"QObject | "_s))
                contextless << m;
        }
        contextless.sort();
        QVERIFY2(contextless.isEmpty(), qPrintable(contextless.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
