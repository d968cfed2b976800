#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class StandingsModel;

// The league table as far as it is known: the facts a report states, or a full table.
class StandingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StandingsPanel(StandingsModel *model, QWidget *parent = nullptr);
    ~StandingsPanel() override;

    QTableView *view() const { return m_view; }
    void setCaption(const QString &text);

private:
    void updateEmptyState();

    StandingsModel *m_model;
    QLabel *m_caption;
    QTableView *m_view;
};
