#include "timelineexporter.h"

#include "match.h"
#include "timelineplot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <qcustomplot.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The strings' context, as lupdate and the translations know it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExporter)
};

constexpr int titleHeight = 48;
}

void paintTimeline(QPaintDevice *device, TimelinePlot *timeline, const QString &heading,
                   bool vector, qreal scale);

QString TimelineExporter::title(const Match &match, const QString &scoreText)
{
    QString text = match.homeTeam + u' ' + scoreText + u' ' + match.awayTeam;
    QStringList context;
    if (!match.competition.isEmpty())
        context << match.competition;
    if (match.date.isValid())
        context << QLocale().toString(match.date, QLocale::LongFormat);
    if (!context.isEmpty())
        text += u" \u2014 "_s + context.join(u", "_s);
    return text;
}

TimelineExporter::Format TimelineExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Png;
}

// The title, then the plot drawn by QCustomPlot itself, onto any paint device.
void paintTimeline(QPaintDevice *device, TimelinePlot *timeline, const QString &heading,
                   bool vector, qreal scale = 1)
{
    QCustomPlot *plot = timeline->plot();
    const int width = plot->width();
    const int height = plot->height();
    QCPPainter painter(device);
    painter.setMode(QCPPainter::pmVectorized, vector);
    painter.setMode(QCPPainter::pmNoCaching, true);
    painter.scale(scale, scale);
    painter.fillRect(QRect(0, 0, width, height + titleHeight),
                     timeline->palette().color(QPalette::Base));
    QFont font = timeline->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(timeline->palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width, titleHeight), Qt::AlignCenter, heading);
    painter.translate(0, titleHeight);
    plot->toPainter(&painter, width, height);
}

void TimelineExporter::print(TimelinePlot *timeline, const Match &match, const QString &scoreText,
                             QPagedPaintDevice *printer)
{
    const QSize size(timeline->plot()->width(), timeline->plot()->height() + titleHeight);
    const QRect page = printer->pageLayout().paintRectPixels(printer->logicalDpiX());
    const qreal scale =
            qMin(page.width() / qreal(size.width()), page.height() / qreal(size.height()));
    paintTimeline(printer, timeline, title(match, scoreText), true, scale);
}

QString TimelineExporter::save(TimelinePlot *timeline, const Match &match, const QString &scoreText,
                               const QString &path, Format format)
{
    QCustomPlot *plot = timeline->plot();
    const int width = plot->width();
    const int height = plot->height();
    const QString heading = title(match, scoreText);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());

    auto paint = [&](QPaintDevice *device, bool vector) {
        paintTimeline(device, timeline, heading, vector);
    };

    switch (format) {
    case Format::Png: {
        const qreal ratio = 2; // crisp on a high-resolution screen or in a document
        QImage image(QSize(width, height + titleHeight) * ratio,
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        paint(&image, false);
        if (!image.save(&file, "PNG"))
            return Text::tr("Cannot write the image to %1.").arg(QFileInfo(path).fileName());
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(QSize(width, height + titleHeight));
        generator.setViewBox(QRect(0, 0, width, height + titleHeight));
        generator.setTitle(heading);
        generator.setDescription(Text::tr("Match timeline exported by Matchline"));
        paint(&generator, true);
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&file);
        writer.setTitle(heading);
        writer.setCreator(u"Matchline"_s);
        writer.setPageSize(QPageSize(QSizeF(width, height + titleHeight), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        paint(&writer, true);
        break;
    }
    }
    if (!file.commit())
        return Text::tr("Cannot save %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}
