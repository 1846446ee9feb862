#include "db/DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace cc {

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation location;
    location.m_text = text;
    if (!looksLikeUrl(text)) {
        location.m_filePath = text;
        return location;
    }
    location.m_backend = Backend::Postgresql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        location.m_error = QStringLiteral("the server address is not a valid URL (expected "
                                          "postgresql://user@host:port/dbname)");
        return location;
    }
    location.m_host = url.host();
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_passwordAsTyped = url.password(QUrl::FullyEncoded);
    location.m_port = url.port(5432);
    QString name = url.path(QUrl::FullyDecoded);
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    location.m_databaseName = name;
    if (location.m_host.isEmpty())
        location.m_error = QStringLiteral("the server address names no host");
    else if (name.isEmpty() || name.contains(QLatin1Char('/')))
        location.m_error = QStringLiteral("the server address names no database (add /dbname)");
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.contains(QLatin1Char(';')) || item.second.contains(QLatin1Char(';'))) {
            location.m_error = QStringLiteral("the server address has an option with ';'");
            break;
        }
        options << item.first + QLatin1Char('=') + item.second;
    }
    location.m_options = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::withPassword(const QString &password) const
{
    if (m_backend == Backend::Sqlite)
        return m_text;
    QUrl url(m_text, QUrl::StrictMode);
    url.setPassword(password.isEmpty() ? QString() : password, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

bool DatabaseLocation::needsPassword(const QString &detail)
{
    return detail.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive);
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return m_filePath;
    if (!isValid() && m_host.isEmpty())
        return QStringLiteral("postgresql://");
    return QStringLiteral("postgresql://%1:%2/%3").arg(m_host).arg(m_port).arg(m_databaseName);
}

QString DatabaseLocation::redacted(QString text) const
{
    if (m_backend == Backend::Sqlite)
        return text;
    // The URL as typed, should a driver echo it.
    if (m_text != displayName())
        text.replace(m_text, displayName());
    for (const QString &secret : {m_password, m_passwordAsTyped}) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("********"));
    }
    if (!m_user.isEmpty())
        text.replace(QLatin1Char('"') + m_user + QLatin1Char('"'), QStringLiteral("\"…\""));
    return text;
}

} // namespace cc
