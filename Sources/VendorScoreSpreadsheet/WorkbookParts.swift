import Foundation
import XMLCoder

/// The parts of a workbook VendorScore reads (SpreadsheetML, ECMA-376 part 1): the small ones as
/// XMLCoder decodes them, the worksheet as ``SheetParser`` streams it. Elements and attributes not
/// named here are ignored.
enum WorkbookParts {
    /// `_rels/.rels` and `xl/_rels/workbook.xml.rels`.
    struct Relationships: Decodable {
        var relationships: [Relationship]
        enum CodingKeys: String, CodingKey { case relationships = "Relationship" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            relationships = try container.decodeIfPresent([Relationship].self, forKey: .relationships) ?? []
        }

        func target(ofType suffix: String) -> String? {
            relationships.first { $0.type.hasSuffix(suffix) }?.target
        }
    }

    struct Relationship: Decodable {
        var id: String
        var type: String
        var target: String
        enum CodingKeys: String, CodingKey {
            case id = "Id", type = "Type", target = "Target"
        }
    }

    /// `xl/workbook.xml`: the sheets in their order, each with the relationship to its part.
    struct Workbook: Decodable {
        var sheets: [Sheet]
        enum CodingKeys: String, CodingKey { case sheets }
        struct Sheets: Decodable {
            var sheet: [Sheet]?
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sheets = try container.decodeIfPresent(Sheets.self, forKey: .sheets)?.sheet ?? []
        }
    }

    struct Sheet: Decodable {
        var name: String
        var relationship: String
        /// The relationship attribute is `r:id`; XMLCoder keeps the prefix of attributes.
        enum CodingKeys: String, CodingKey {
            case name, prefixed = "r:id", bare = "id"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            relationship = try container.decodeIfPresent(String.self, forKey: .prefixed) ?? container.decode(String.self, forKey: .bare)
        }
    }

    /// Text, which in a string item may be split into formatted runs; phonetic hints (`rPh`)
    /// are not part of the text.
    struct RichText: Decodable {
        var t: Text?
        var r: [Run]?

        init(t: Text? = nil, r: [Run]? = nil) {
            self.t = t
            self.r = r
        }
        struct Run: Decodable {
            var t: Text?
        }

        var text: String {
            (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined()
        }
    }

    /// An element's character content, whatever attributes (`xml:space`) it carries.
    struct Text: Decodable {
        var value: String
        enum CodingKeys: String, CodingKey { case value = "" }

        init(_ value: String) {
            self.value = value
        }

        init(from decoder: any Decoder) throws {
            if let container = try? decoder.container(keyedBy: CodingKeys.self),
               let value = try container.decodeIfPresent(String.self, forKey: .value) {
                self.value = value
            } else {
                value = (try? decoder.singleValueContainer().decode(String.self)) ?? ""
            }
        }
    }

    /// `xl/sharedStrings.xml`.
    struct SharedStrings: Decodable {
        var si: [RichText]?
    }

    /// `xl/styles.xml`: custom number formats and, per cell style index, its number format.
    struct Styles: Decodable {
        var numFmts: NumberFormats?
        var cellXfs: CellFormats?

        struct NumberFormats: Decodable {
            var numFmt: [NumberFormat]?
        }

        struct NumberFormat: Decodable {
            var numFmtId: Int
            var formatCode: String
        }

        struct CellFormats: Decodable {
            var xf: [CellFormat]?
        }

        struct CellFormat: Decodable {
            var numFmtId: Int?
        }
    }

    /// A worksheet part: its declared dimension and its rows of cells, as ``SheetParser`` reads them.
    struct Worksheet {
        var dimension: Dimension?
        var sheetData: SheetData?

        struct Dimension {
            var ref: String
        }

        struct SheetData {
            var row: [Row]?
        }

        struct Row {
            var r: Int?
            var c: [Cell]?
        }

        struct Cell {
            /// The reference, such as `D7`.
            var r: String?
            /// The type: `s` shared string, `inlineStr`, `str` formula text, `b`, `e`, `d`, `n`.
            var t: String?
            /// The style index, into the styles' cell formats.
            var s: Int?
            var v: Text?
            var f: Formula?
            var `is`: RichText?

            init(r: String?, t: String?, s: Int?) {
                self.r = r
                self.t = t
                self.s = s
            }
        }

        /// Only whether a formula is present matters: its cached value is what Excel shows.
        struct Formula {}
    }

    static func decode<Part: Decodable>(_ type: Part.Type, from data: Data) throws -> Part {
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        // Spaces inside a text run are part of the text ("inline " + "text"); whitespace between
        // elements of pretty-printed XML is not.
        decoder.trimValueWhitespaces = false
        decoder.removeWhitespaceElements = true
        return try decoder.decode(type, from: data)
    }
}
