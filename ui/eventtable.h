#pragma once

#include <QTableView>

// The event list: one row per event, icons by type, rows after the playhead dimmed.
class EventTable : public QTableView
{
    Q_OBJECT
public:
    explicit EventTable(QWidget *parent = nullptr);
    ~EventTable() override;

    void setModel(QAbstractItemModel *model) override;
};
