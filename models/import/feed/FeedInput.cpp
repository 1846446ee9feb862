#include "models/import/feed/FeedInput.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

namespace cc {

namespace {

constexpr qint64 blockSize = 64 * 1024;

bool isZip(const QByteArray &start)
{
    return start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06");
}

bool is7z(const QByteArray &start)
{
    return start.startsWith(QByteArray("7z\xBC\xAF\x27\x1C", 6));
}

// The code points Windows-1252 gives bytes 0x80 ... 0x9F.
const char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// Declared encodings read as Windows-1252.
bool readAsWindows1252(const QString &declared)
{
    static const QStringList names{
        QStringLiteral("iso-8859-1"), QStringLiteral("iso8859-1"), QStringLiteral("iso_8859-1"),
        QStringLiteral("latin1"),     QStringLiteral("latin-1"),   QStringLiteral("l1"),
        QStringLiteral("cp819"),      QStringLiteral("iso-ir-100"), QStringLiteral("windows-1252"),
        QStringLiteral("cp1252"),     QStringLiteral("us-ascii"),  QStringLiteral("ascii")};
    return names.contains(declared.toLower());
}

} // namespace

struct FeedInput::Archive
{
    archive *handle = nullptr;
    ~Archive()
    {
        if (handle)
            archive_read_free(handle);
    }
};

FeedInput::FeedInput() = default;
FeedInput::~FeedInput() = default;

void FeedInput::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_atEnd = true;
}

bool FeedInput::open(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(QStringLiteral("%1 does not exist").arg(path));
        return false;
    }
    if (info.isDir()) {
        fail(QStringLiteral("%1 is a folder, not a file").arg(path));
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1 cannot be read: %2").arg(path, m_file.errorString()));
        return false;
    }
    m_size = m_file.size();
    const QByteArray start = m_file.peek(8);
    if (isZip(start) || is7z(start)) {
        m_file.close();
        return openArchive();
    }
    return true;
}

bool FeedInput::openData(const QByteArray &data)
{
    m_name = QStringLiteral("data");
    m_data = data;
    m_size = data.size();
    if (isZip(data.left(8)) || is7z(data.left(8)))
        return openArchive();
    return true;
}

bool FeedInput::openArchive()
{
    // Opened twice: first every entry's name is read, to find the one XML
    // file; then that file is read from its start.
    const auto start = [this]() -> std::unique_ptr<Archive> {
        auto opened = std::make_unique<Archive>();
        opened->handle = archive_read_new();
        archive_read_support_format_zip(opened->handle);
        archive_read_support_format_7zip(opened->handle);
        archive_read_support_filter_all(opened->handle);
        const int result = m_data.isNull()
            ? archive_read_open_filename(opened->handle, QFile::encodeName(m_file.fileName()).constData(),
                                         static_cast<size_t>(blockSize))
            : archive_read_open_memory(opened->handle, m_data.constData(), static_cast<size_t>(m_data.size()));
        if (result != ARCHIVE_OK) {
            fail(QStringLiteral("%1 is not a readable archive: %2")
                     .arg(m_name, QString::fromLocal8Bit(archive_error_string(opened->handle))));
            return nullptr;
        }
        return opened;
    };
    const auto isXml = [](archive_entry *entry) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry)
                                                   ? archive_entry_pathname_utf8(entry)
                                                   : archive_entry_pathname(entry));
        return archive_entry_filetype(entry) == AE_IFREG
            && name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)
            && !name.startsWith(QLatin1String("__MACOSX/"));
    };
    const auto nameOf = [](archive_entry *entry) {
        const char *utf8 = archive_entry_pathname_utf8(entry);
        return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
    };
    QStringList xmlFiles;
    {
        std::unique_ptr<Archive> listing = start();
        if (!listing)
            return false;
        archive_entry *entry = nullptr;
        int result = ARCHIVE_OK;
        while ((result = archive_read_next_header(listing->handle, &entry)) == ARCHIVE_OK) {
            if (isXml(entry))
                xmlFiles << nameOf(entry);
            archive_read_data_skip(listing->handle);
        }
        if (result != ARCHIVE_EOF) {
            fail(QStringLiteral("the archive %1 is damaged: %2")
                     .arg(m_name, QString::fromLocal8Bit(archive_error_string(listing->handle))));
            return false;
        }
    }
    if (xmlFiles.isEmpty()) {
        fail(QStringLiteral("the archive %1 holds no XML file").arg(m_name));
        return false;
    }
    if (xmlFiles.size() > 1) {
        fail(QStringLiteral("the archive %1 holds %2 XML files (%3); unpack it and import them one by one")
                 .arg(m_name)
                 .arg(xmlFiles.size())
                 .arg(xmlFiles.mid(0, 5).join(QStringLiteral(", "))));
        return false;
    }
    m_archive = start();
    if (!m_archive)
        return false;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(m_archive->handle, &entry) == ARCHIVE_OK) {
        if (isXml(entry)) {
            m_xmlName = nameOf(entry);
            return true;
        }
        archive_read_data_skip(m_archive->handle);
    }
    fail(QStringLiteral("the archive %1 could not be read again").arg(m_name));
    return false;
}

QByteArray FeedInput::readRaw()
{
    QByteArray block;
    if (m_archive) {
        block.resize(blockSize);
        const la_ssize_t count = archive_read_data(m_archive->handle, block.data(), static_cast<size_t>(blockSize));
        if (count < 0) {
            fail(QStringLiteral("the archive %1 is damaged: %2")
                     .arg(m_name, QString::fromLocal8Bit(archive_error_string(m_archive->handle))));
            return {};
        }
        block.resize(count);
    } else if (!m_data.isNull()) {
        block = m_data.mid(m_dataPos, blockSize);
        m_dataPos += block.size();
    } else {
        block = m_file.read(blockSize);
        if (block.isEmpty() && m_file.error() != QFileDevice::NoError) {
            fail(QStringLiteral("%1 cannot be read: %2").arg(m_name, m_file.errorString()));
            return {};
        }
    }
    if (block.isEmpty())
        m_atEnd = true;
    return block;
}

void FeedInput::detectEncoding(QByteArray &first)
{
    if (first.startsWith("\xEF\xBB\xBF")) {
        m_encoding = QStringLiteral("UTF-8");
        return;
    }
    if (first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF")) {
        m_encoding = QStringLiteral("UTF-16");
        return;
    }
    static const QRegularExpression declaration(
        QStringLiteral("^<\\?xml[^>]*?encoding\\s*=\\s*([\"'])([A-Za-z0-9._:-]{1,40})\\1"));
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(first.left(1024)));
    if (!match.hasMatch()) {
        m_encoding = QStringLiteral("UTF-8");
        return;
    }
    const QString declared = match.captured(2);
    if (!readAsWindows1252(declared)) {
        m_encoding = declared;
        return;
    }
    m_windows1252 = true;
    m_encoding = QStringLiteral("Windows-1252 (declared %1)").arg(declared);
    // The declaration names what the reader gets now.
    first.replace(match.capturedStart(2), match.capturedLength(2), "UTF-8");
}

QByteArray FeedInput::read()
{
    if (m_atEnd)
        return {};
    QByteArray block = readRaw();
    if (!m_started) {
        m_started = true;
        // The declaration lies in the first block (a few bytes at most).
        while (block.size() < 1024 && !m_atEnd) {
            const QByteArray more = readRaw();
            block += more;
        }
        detectEncoding(block);
    }
    return m_windows1252 ? windows1252ToUtf8(block) : block;
}

int FeedInput::permille() const
{
    if (m_size <= 0)
        return m_atEnd ? 1000 : 0;
    qint64 done = 0;
    if (m_archive)
        done = archive_filter_bytes(m_archive->handle, -1);
    else if (!m_data.isNull())
        done = m_dataPos;
    else
        done = m_file.pos();
    return static_cast<int>(std::min<qint64>(1000, done * 1000 / m_size));
}

QByteArray FeedInput::windows1252ToUtf8(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F)
            text.append(QChar(cp1252High[value - 0x80]));
        else
            text.append(QChar(static_cast<char16_t>(value)));
    }
    return text.toUtf8();
}

} // namespace cc
