/// Error response bodies, verbatim from `wix-media-api-facts.md` §6.2 and §3.11.
enum ErrorExamples {
    /// An application error with code, description and data (§6.2).
    static let applicationError = #"""
        { "message": "Payment failed",
          "details": { "applicationError": { "code": "NO_FUNDS", "description": "…", "data": { "availableFunds": 75.22 } } } }
        """#

    /// A validation error with one field violation (§6.2).
    static let validationError = #"""
        { "message": "Invalid request message",
          "details": { "validationError": { "fieldViolations": [
             { "field": "fieldMask", "description": "must be an array", "violatedRule": "…", "ruleName": "…", "data": {} } ] } } }
        """#

    /// What Update File Descriptor answers without `fieldMask` (§3.11, from Wix's skill S5).
    static let missingFieldMask = #"""
        {"message":"Invalid request message","errorCode":-100,"details":{"validationError":{"fieldViolations":[{"field":"fieldMask","description":"must be an array"}]}}}
        """#
}
