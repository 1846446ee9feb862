#include "models/import/DatasheetFile.h"

#include "models/import/PdfText.h"

#include <QFile>
#include <QFileInfo>

namespace cc {

bool DatasheetFile::isPdf(const QByteArray &start)
{
    return start.startsWith("%PDF-");
}

QString DatasheetFile::read(const QString &path, QByteArray *data)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return QStringLiteral("%1: no such file.").arg(path);
    if (info.isDir())
        return QStringLiteral("%1 is a folder, not a datasheet file.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read: %2.").arg(path, file.errorString());
    const QByteArray start = file.peek(8);
    const bool pdf = isPdf(start);
    const qint64 limit = pdf ? maxPdfBytes : maxTextBytes;
    if (file.size() > limit) {
        return QStringLiteral("%1 is too large for a datasheet (%2 MB; at most %3 MB).")
            .arg(name)
            .arg(static_cast<double>(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(limit / (1024 * 1024));
    }
    if (!pdf) {
        *data = file.readAll();
        return {};
    }
    file.close();
    QString error;
    const QString text = PdfText::read(path, &error);
    if (!error.isEmpty())
        return error;
    *data = text.toUtf8();
    return {};
}

} // namespace cc
