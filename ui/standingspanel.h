#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;
class StandingsModel;

// The league table around the match: before it, or live with the score at the playhead, with
// arrows for places gained or lost and the two teams highlighted; what the report and a results
// file disagree on; and a results file found beside the report, offered with one click.
class StandingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StandingsPanel(StandingsModel *model, QWidget *parent = nullptr);
    ~StandingsPanel() override;

    QTableView *view() const { return m_view; }
    QString caption() const;
    QString disagreementText() const;
    void offerResults(const QString &path);
    QPushButton *offerButton() const { return m_offerButton; }

signals:
    void resultsAccepted(const QString &path);

private:
    void refresh();

    StandingsModel *m_model;
    QToolButton *m_before;
    QToolButton *m_live;
    QLabel *m_caption;
    QLabel *m_disagreement;
    QWidget *m_offer;
    QLabel *m_offerLabel;
    QPushButton *m_offerButton;
    QString m_offeredPath;
    QTableView *m_view;
};
