/// A small unified diff of two texts, line by line, for readable golden-test failures.
enum UnifiedDiff {
    static func diff(expected: String, actual: String, path: String, context: Int = 3) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = editScript(old, new)
        var output = ["--- expected/\(path)", "+++ actual/\(path)"]
        var index = 0
        while index < edits.count {
            guard edits[index].kind != .same else {
                index += 1
                continue
            }
            var start = max(0, index - context)
            var end = index
            // Extend the hunk while changes are closer than two contexts apart.
            while end < edits.count {
                if edits[end].kind != .same {
                    end += 1
                    continue
                }
                let nextChange = edits[end...].firstIndex { $0.kind != .same }
                if let nextChange, nextChange - end <= context * 2 { end = nextChange } else { break }
            }
            end = min(edits.count, end + context)
            start = max(0, start)
            let hunk = edits[start..<end]
            let oldStart = (hunk.first?.oldIndex ?? 0) + 1
            let newStart = (hunk.first?.newIndex ?? 0) + 1
            output.append(
                "@@ -\(oldStart),\(hunk.filter { $0.kind != .insert }.count) +\(newStart),\(hunk.filter { $0.kind != .delete }.count) @@"
            )
            for edit in hunk {
                switch edit.kind {
                case .same: output.append(" " + edit.text)
                case .delete: output.append("-" + edit.text)
                case .insert: output.append("+" + edit.text)
                }
            }
            index = end
        }
        return output.joined(separator: "\n")
    }

    struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        var oldIndex: Int
        var newIndex: Int
    }

    /// Longest-common-subsequence edit script; golden files are small enough for O(n·m).
    static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        let rows = old.count
        let columns = new.count
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                lengths[row][column] =
                    old[row] == new[column]
                    ? lengths[row + 1][column + 1] + 1 : max(lengths[row + 1][column], lengths[row][column + 1])
            }
        }
        var edits: [Edit] = []
        var row = 0
        var column = 0
        while row < rows || column < columns {
            if row < rows, column < columns, old[row] == new[column] {
                edits.append(Edit(kind: .same, text: old[row], oldIndex: row, newIndex: column))
                row += 1
                column += 1
            } else if row < rows, column == columns || lengths[row + 1][column] >= lengths[row][column + 1] {
                // Deletions first, as `diff -u` shows them.
                edits.append(Edit(kind: .delete, text: old[row], oldIndex: row, newIndex: column))
                row += 1
            } else {
                edits.append(Edit(kind: .insert, text: new[column], oldIndex: row, newIndex: column))
                column += 1
            }
        }
        return edits
    }
}
