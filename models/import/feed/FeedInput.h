#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace cc {

// The bytes of a catalog feed's XML, a block at a time, so that a file of
// any size is read in constant memory:
//   - from a plain file, or from the one XML file inside a zip or 7z
//     archive (libarchive; a file is taken for an archive by its first
//     bytes, not by its name);
//   - a file that declares ISO-8859-1, Latin-1, US-ASCII or Windows-1252 is
//     read as Windows-1252 (as browsers do) and handed on as UTF-8 with its
//     declaration saying so; UTF-8 and UTF-16 (with byte order mark) pass
//     as they are.
// Nothing is ever fetched: the input is the file's own bytes.
class FeedInput
{
public:
    FeedInput();
    ~FeedInput();
    FeedInput(const FeedInput &) = delete;
    FeedInput &operator=(const FeedInput &) = delete;

    // False when the file cannot be opened (error() says why).
    bool open(const QString &path);
    // The bytes of a file held in memory (fuzzing, tests).
    bool openData(const QByteArray &data);

    // The next block of the XML; empty at the end and on an error.
    QByteArray read();
    bool atEnd() const { return m_atEnd; }
    QString error() const { return m_error; }
    // The XML file's name inside an archive; empty for a plain file.
    QString xmlName() const { return m_xmlName; }
    // How the bytes are read: 'UTF-8', 'UTF-16', 'Windows-1252 (declared ISO-8859-1)', ...
    QString encoding() const { return m_encoding; }
    // How far the file has been read, 0 ... 1000.
    int permille() const;

    // Windows-1252 bytes as UTF-8 (bytes 0x80 ... 0x9F as Windows-1252
    // assigns them: euro sign, dashes, quotes; the five it leaves free as
    // the C1 code points, as browsers do).
    static QByteArray windows1252ToUtf8(const QByteArray &bytes);

private:
    struct Archive;
    bool openArchive();
    QByteArray readRaw();
    void fail(const QString &message);
    void detectEncoding(QByteArray &first);

    QFile m_file;
    QByteArray m_data; // openData(): the whole file
    qint64 m_dataPos = 0;
    qint64 m_size = 0;
    std::unique_ptr<Archive> m_archive;
    QString m_name;
    QString m_xmlName;
    QString m_error;
    QString m_encoding;
    bool m_started = false;
    bool m_windows1252 = false;
    bool m_atEnd = false;
};

} // namespace cc
