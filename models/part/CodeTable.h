#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cc {

// One list of domain codes (kinds, genders, mountings, conductor classes,
// ...): the code the catalog and the files store, the label the user reads
// and the other spellings that mean the same code in a file or on the
// command line. Every part of the program that checks, reads, writes or
// shows such a code goes through its table.
class CodeTable
{
public:
    struct Entry
    {
        const char *code;
        // English source text of the label, translated in the "Part" context
        // (marked with QT_TRANSLATE_NOOP where the table is written).
        const char *label;
        // Further spellings a file may use ("fine-stranded" for
        // fine_stranded is found without being listed: see codeFor()).
        QStringList spellings = {};
        // The ETIM codes that mean this code in a catalog feed: values
        // (EV...) of a selection feature, or features (EF...) whose value
        // is about this code (a conductor range of this class).
        QStringList etimCodes = {};
    };

    explicit CodeTable(QList<Entry> entries);

    const QStringList &codes() const { return m_codes; }
    bool contains(const QString &code) const { return m_codes.contains(code); }
    // The label in the program's language, as a phrase for the middle of a
    // sentence ("snap-in socket"); the code itself when it is not a code of
    // this table.
    QString label(const QString &code) const;
    // The label as a heading or a value of its own ("Snap-in socket"); the
    // code itself when it is not a code of this table.
    QString title(const QString &code) const;
    // The untranslated label, as data files and datasheets write it.
    QString englishLabel(const QString &code) const;
    // The code a spelling means: the code itself, its English label or one
    // of its spellings, compared without case and with '-', '_' and spaces
    // alike. A null string when the spelling means no code of the table.
    QString codeFor(const QString &spelling) const;
    // The code an ETIM value or feature code (EV000218, EF009690) means; a
    // null string when it means no code of this table.
    QString codeForEtim(const QString &etimCode) const;
    // The ETIM codes listed for a code.
    QStringList etimCodes(const QString &code) const;
    // The English label and the listed spellings of a code.
    QStringList spellings(const QString &code) const;
    // "a, b, c": the codes, for messages that list the valid ones.
    QString codeList() const;

private:
    static QString folded(const QString &spelling);
    QList<Entry> m_entries;
    QStringList m_codes;
};

} // namespace cc
