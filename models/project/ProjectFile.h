#pragma once

#include "models/project/Project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cc {

class PartCatalog;

// Reads and writes .ccproj files (JSON; see README "Project files"). Keys
// this program does not know are kept and written back. Saving is atomic.
// Failures throw ProjectFileError with a message for the user.
class ProjectFile
{
public:
    // 2: the project carries its defaults (version 1 files still open; they
    // get the program's defaults and are written as version 2).
    static constexpr int formatVersion = 2;
    static QString suffix() { return QStringLiteral("ccproj"); }

    struct Opened
    {
        Project project;
        // Item numbers the project names that the catalog does not hold.
        QStringList missingItems;
        // Empty when no item is missing, else a message listing them.
        QString missingMessage;
    };

    // Reads the file and checks its item numbers against the catalog.
    // The item numbers the project uses that `catalog` does not hold.
    static QStringList missingItems(const Project &project, const PartCatalog &catalog);
    static Opened open(const QString &path, const PartCatalog &catalog);
    static Project read(const QString &path);
    static void write(const Project &project, const QString &path);

    static QByteArray toBytes(const Project &project);
    // `source` names the file in messages.
    static Project fromBytes(const QByteArray &bytes, const QString &source);
    static QJsonObject toJson(const Project &project);
    static Project fromJson(const QJsonObject &json, const QString &source);
};

} // namespace cc
