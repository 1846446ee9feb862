#pragma once

#include <QString>
#include <QStringList>

namespace cc {

// Splits an SQL script into its statements. Semicolons inside quotes,
// comments, CASE ... END and trigger bodies (BEGIN ... END) do not end a
// statement; BEGIN TRANSACTION does not open a block.
class SqlScript
{
public:
    static QStringList statements(const QString &script);
};

} // namespace cc
