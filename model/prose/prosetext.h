#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

// The first pass of the prose pipeline: bytes to text a pattern can read. Normalizing replaces
// one character by one character (curly quotes, dashes, odd spaces), so an offset into the
// normalized text is an offset into the decoded original and evidence needs no offset map.
class ProseText
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    // BOM first, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what a report
    // saved by an older Windows editor is in).
    static QString decode(const QByteArray &bytes, Encoding *encoding = nullptr);
    static QString normalized(const QString &text);
    // The text with ASCII capitals in lower case and every other character as it is: offsets
    // stay those of the text (QString::toLower may lengthen a character).
    static QString foldedAscii(QStringView text);
    // The text as a QString key for a lookup in a QHash or QSet (Qt 6.4's take no view),
    // written into a buffer kept for the thread instead of a new string for every lookup; in
    // lower case when asked (an ASCII text by folding its capitals, any other by
    // QString::toLower, which knows the letters whose lower case is longer). Valid until the
    // next call on the same thread.
    static const QString &lookupKey(QStringView text, bool lowerCase = false);

    // The optional first line "date YYYY-MM-DD <headline>".
    struct Header
    {
        QDate date;
        QString headline;
        int headlineStart = -1;
        int bodyStart = 0;
    };
    static Header header(const QString &text);
};
