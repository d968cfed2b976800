#pragma once

#include <QString>

class QPagedPaintDevice;
class TimelinePlot;
struct Match;

// The timeline as it is on screen (charts included) under a title with the teams and the score,
// as PNG, SVG or PDF, or on a printer.
class TimelineExporter
{
public:
    enum class Format { Png, Svg, Pdf };

    // Returns an error message, empty on success.
    static QString save(TimelinePlot *timeline, const Match &match, const QString &scoreText,
                        const QString &path, Format format);
    static Format formatFor(const QString &path);
    // On a printer's page, scaled to fit.
    static void print(TimelinePlot *timeline, const Match &match, const QString &scoreText,
                      QPagedPaintDevice *printer);
    static QString title(const Match &match, const QString &scoreText);
};
