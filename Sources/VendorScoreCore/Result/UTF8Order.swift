import Foundation

extension String {
    /// Whether this string sorts before `other` by their UTF-8 bytes, the order of keys in
    /// JSON documents and records (as `JSONEncoder` sorts them) and in content digests. The bytes
    /// are compared where they lie, not one at a time through the strings' views: documents
    /// sort the keys of every criterion of every vendor.
    ///
    /// ```swift
    /// "Zebra".precedesInUTF8("apple")   // true: upper case sorts first
    /// ```
    package func precedesInUTF8(_ other: String) -> Bool {
        let inPlace = utf8.withContiguousStorageIfAvailable { first in
            other.utf8.withContiguousStorageIfAvailable { second in
                let common = min(first.count, second.count)
                let order = common == 0 ? 0 : memcmp(first.baseAddress!, second.baseAddress!, common)
                return order == 0 ? first.count < second.count : order < 0
            }
        }
        return (inPlace ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
    }
}
