#include "models/project/ProjectAutosave.h"

#include "models/project/ProjectFile.h"
#include "models/project/ProjectFileError.h"
#include "models/project/ProjectTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cc {

ProjectAutosave::ProjectAutosave()
    : ProjectAutosave(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("autosave")))
{
}

ProjectAutosave::ProjectAutosave(const QString &folder)
    : m_folder(folder)
{
}

QString ProjectAutosave::pathFor(const QString &projectPath) const
{
    if (projectPath.isEmpty())
        return QDir(m_folder).filePath(QStringLiteral("untitled.ccproj"));
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(projectPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_folder).filePath(QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".ccproj"));
}

std::optional<QString> ProjectAutosave::write(const Project &project, const QString &projectPath) const
{
    if (!QDir().mkpath(m_folder))
        return ProjectTr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder));
    try {
        ProjectFile::write(project, pathFor(projectPath));
    } catch (const ProjectFileError &error) {
        return error.message();
    }
    return std::nullopt;
}

void ProjectAutosave::remove(const QString &projectPath) const
{
    QFile::remove(pathFor(projectPath));
}

QString ProjectAutosave::recoverable(const QString &projectPath) const
{
    const QFileInfo copy(pathFor(projectPath));
    if (!copy.isFile())
        return {};
    if (!projectPath.isEmpty()) {
        const QFileInfo file(projectPath);
        if (file.isFile() && file.lastModified() >= copy.lastModified())
            return {};
    }
    return copy.absoluteFilePath();
}

} // namespace cc
