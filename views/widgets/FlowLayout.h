#pragma once

#include <QLayout>
#include <QList>

namespace cc {

// Lays its items out in rows, left to right, and starts a new row where the
// width ends (as words wrap in a line of text): a group of small controls
// takes one row on a wide window and several on a narrow one, never more
// width than it has.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = -1,
                        int verticalSpacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures, when `apply` is false)
    // and returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int spacing(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace cc
