#pragma once

#include <QString>
#include <QStringList>
#include <QtTest/QTest>

// A figure measured on real data that must not fall: the test records the best figure reached
// so far, asserts at least that many right, and names every miss so that the next engineer
// sees what is left. Raise the recorded figure whenever the reader gets more right; never lower
// it to get a green run.
class Ratchet
{
public:
    explicit Ratchet(QString what)
        : m_what(std::move(what))
    { }

    void right() { ++m_right; }
    void miss(const QString &name, const QString &why = QString())
    {
        m_misses << (why.isEmpty() ? name : name + QStringLiteral(": ") + why);
    }
    void check(bool ok, const QString &name, const QString &why = QString())
    {
        if (ok)
            right();
        else
            miss(name, why);
    }

    int rightCount() const { return m_right; }
    int total() const { return m_right + int(m_misses.size()); }

    // Prints the figure and the misses; false (with a message for QVERIFY2) when fewer are
    // right than recorded.
    bool holds(int recorded, QString *message) const
    {
        qInfo("%s: %d of %d right (recorded: %d)", qPrintable(m_what), m_right, total(), recorded);
        for (const QString &m : m_misses)
            qInfo("  missed %s", qPrintable(m));
        if (m_right > recorded)
            qInfo("  %s: %d right is more than the recorded %d: raise the figure in the test",
                  qPrintable(m_what), m_right, recorded);
        *message = QStringLiteral("%1: %2 right, fewer than the %3 recorded")
                           .arg(m_what)
                           .arg(m_right)
                           .arg(recorded);
        return m_right >= recorded;
    }

private:
    QString m_what;
    int m_right = 0;
    QStringList m_misses;
};

// QVERIFY2 on a ratchet, in a test function.
#define RATCHET_HOLDS(ratchet, recorded) \
    do { \
        QString ratchetMessage; \
        const bool ratchetHolds = (ratchet).holds((recorded), &ratchetMessage); \
        QVERIFY2(ratchetHolds, qPrintable(ratchetMessage)); \
    } while (false)
