#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QImage>
#include <QString>
#include <functional>
#include <memory>

// The template editor's live preview: the mail's HTML and CSS laid out by litehtml (the
// small engine behind Claws Mail's HTML viewer) at a fixed page width, 600 px for desktop
// clients or 375 px for a phone, and painted through QPainter on a light grey surround.
//
// Like a mail client that blocks remote content, it never fetches anything: http(s) images
// become placeholders with their alt text, and `cid:` images come from the ImageProvider
// (the template's stored assets). Links show their URL on hover; clicking does nothing.
class HtmlPreview : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit HtmlPreview(QWidget* parent = nullptr);
    ~HtmlPreview() override;

    // Images by their src: the editor answers "cid:SHA256" from the template's stored
    // assets. Returns an empty QByteArray if unknown.
    using ImageProvider = std::function<QByteArray(const QString& src)>;
    void setImageProvider(ImageProvider provider);

    // Parses and lays out at pageWidth(); keeps the scroll position where possible, so the
    // preview can follow the editor while the user types.
    void setHtml(const QString& html);
    // 600 (desktop) or 375 (phone): the page is laid out at this width, centred.
    void setPageWidth(int px);
    int pageWidth() const;
    // Laid-out height in px (0 before the first setHtml).
    int documentHeight() const;
    // The whole laid-out page at pageWidth() x documentHeight(), for tests, screenshots
    // and benchmarks.
    QImage renderPage() const;
    // 1.0, or less when the pane is narrower than the page: the page is then shown whole,
    // scaled down (not below half size).
    double zoom() const;
    // On (the default): a page wider than the pane is scaled down to fit; off: real size.
    void setFitToWidth(bool fit);
    // The href of the link under a point of the viewport, or empty.
    QString linkAt(const QPoint& viewportPos) const;

signals:
    // The URL of the link under the mouse; empty when leaving a link.
    void linkHovered(const QString& url);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    class Private;

    void relayout();
    void updateScrollBars();
    QPoint pageOrigin() const;
    void setHoveredLink(const QString& url);

    std::unique_ptr<Private> m_d;
    bool m_fit = true;
};
