#include "prosetext.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes.at(i));
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(cp1252High[byte - 0x80])
                                               : QChar(char16_t(byte));
    }
    return text;
}

} // namespace

QString ProseText::decode(const QByteArray &bytes, Encoding *encoding)
{
    auto set = [encoding](Encoding e) {
        if (encoding)
            *encoding = e;
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        set(little ? Encoding::Utf16LE : Encoding::Utf16BE);
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        set(Encoding::Utf8);
        return text;
    }
    set(Encoding::Windows1252);
    return decodeWindows1252(body);
}

QString ProseText::foldedAscii(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (const QChar c : text)
        *to++ = c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 32) : c;
    return out;
}

const QString &ProseText::lookupKey(QStringView text, bool lowerCase)
{
    thread_local QString buffer;
    buffer.resize(text.size());
    QChar *out = buffer.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (lowerCase && c >= 0x80) {
            buffer = text.toString().toLower();
            return buffer;
        }
        out[i] = QChar(lowerCase && c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return buffer;
}

QString ProseText::normalized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case 0x2018: // ‘ ’ ‚ ′ `
        case 0x2019:
        case 0x201A:
        case 0x2032:
        case 0x0060:
            c = u'\'';
            break;
        case 0x201C: // “ ” „ ″
        case 0x201D:
        case 0x201E:
        case 0x2033:
            c = u'"';
            break;
        case 0x2010: // hyphens and dashes, minus
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            c = u'-';
            break;
        case 0x00A0: // no-break and other odd spaces, zero-width characters
        case 0x2007:
        case 0x202F:
        case 0x2009:
        case 0x200A:
        case 0x200B:
        case 0x200C:
        case 0x200D:
        case 0xFEFF:
        case u'\t':
        case u'\f':
        case u'\v':
            c = u' ';
            break;
        case 0x2026: // … reads as a full stop
            c = u'.';
            break;
        case 0x0000:
            c = u' ';
            break;
        default:
            // The control characters (category Cc) are exactly U+0000-001F and U+007F-009F.
            if ((c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)) && c != u'\n'
                && c != u'\r')
                c = u' ';
            // Characters beyond the BMP (emoji, mostly) become one replacement character per
            // UTF-16 unit: offsets stay those of the source, and no substring the reader cuts
            // can hold half a pair, so its patterns may skip the UTF-16 check (see Pattern).
            else if (c.isSurrogate())
                c = QChar::ReplacementCharacter;
            break;
        }
    }
    return out;
}

ProseText::Header ProseText::header(const QString &text)
{
    static const QRegularExpression pattern(uR"(^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*([^\n]*))"_s);
    Header header;
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return header;
    header.date = QDate::fromString(m.captured(1), Qt::ISODate);
    header.headline = m.captured(2).trimmed();
    header.headlineStart = int(m.capturedStart(2));
    header.bodyStart = int(m.capturedEnd(0));
    return header;
}
