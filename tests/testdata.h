#pragma once

#include <QDir>
#include <QFile>
#include <QString>

// Where the tests find their files: fixtures we wrote, and the real third-party data that is
// kept beside the project (tests that need it skip when it is absent).
namespace TestData {

inline QString fixture(const QString &name)
{
    return QStringLiteral(MATCHLINE_FIXTURES_DIR) + QLatin1Char('/') + name;
}

inline QString shared(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(MATCHLINE_SHARED_DATA_DIR) + QLatin1Char('/') + relative);
}

inline bool haveShared(const QString &relative)
{
    return QFile::exists(shared(relative));
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace TestData
