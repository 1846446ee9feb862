#pragma once

#include <QString>

namespace cc {

// Where a parts database lives: an SQLite file, or a PostgreSQL server given
// as postgresql://user:password@host:port/dbname (also postgres://).
//
// The password (and the user name) are kept for connecting only:
// displayName() is what logs, window titles and error messages show, and
// redacted() removes them from any text a driver returns.
class DatabaseLocation
{
public:
    enum class Backend { Sqlite, Postgresql };

    // Parses `text`; a text that is not a PostgreSQL URL is a file path.
    // An unusable URL gives isValid() == false and errorString().
    static DatabaseLocation parse(const QString &text);
    static bool looksLikeUrl(const QString &text);

    Backend backend() const { return m_backend; }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // libpq options from the URL's query (sslmode=require, ...), as
    // "key=value" pairs joined by ';' (Qt's connect options).
    QString connectOptions() const { return m_options; }

    // The location without credentials: the file path, or
    // postgresql://host:port/dbname.
    QString displayName() const;
    // The full text to connect again (credentials included); never show it.
    QString connectionText() const { return m_text; }
    // `text` with the password and the quoted user name blanked out.
    QString redacted(QString text) const;
    // The connection text with `password` in place of the URL's own (for a
    // password the user types when asked); without one (for storing).
    QString withPassword(const QString &password) const;
    QString withoutPassword() const { return withPassword({}); }
    // Whether an error's detail says the server wants a password it did not get.
    static bool needsPassword(const QString &detail);

private:
    Backend m_backend = Backend::Sqlite;
    QString m_text;
    QString m_error;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_passwordAsTyped; // percent-encoded, as in the URL
    QString m_databaseName;
    QString m_options;
};

} // namespace cc
