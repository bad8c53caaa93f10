import HTTPTypes
import Hummingbird
import VendorScoreRecord

/// The public half of the server's signing key, for anyone to download: an auditor checks a
/// closed tender's record with `vendorscore verify RECORD --public-key KEY`. A public key is no
/// secret, so no sign-in is needed; the fingerprint travels in a header to compare by phone.
struct SigningKeyRoutes {
    static let fingerprintHeader = HTTPField.Name("X-Key-Fingerprint")!
    let publicKey: RecordPublicKey?

    func register(_ routes: RouteBuilder) {
        for path in ["/signing-key.pem", "/api/v1/signing-key"] {
            routes.add(.get, path, .anyone) { _ in
                guard let publicKey = self.publicKey else { throw WorkspaceFailure.notFound }
                var headers = HTTPFields()
                headers[.contentType] = "application/x-pem-file"
                headers[.contentDisposition] = "attachment; filename=\"vendorscore-signing-key.pub\""
                headers[Self.fingerprintHeader] = publicKey.fingerprint
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: publicKey.pem)))
            }
        }
    }
}
