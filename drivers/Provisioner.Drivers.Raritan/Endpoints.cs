namespace Provisioner.Drivers.Raritan;

/// <summary>
/// The PX's JSON-RPC vocabulary the driver uses, verified in the Raritan JSON-RPC SDK
/// (<c>tijuca/raritan-pdu-json-rpc-sdk</c> @ <c>d516e8e8c4fc</c>: <c>Well-Known-URIs.txt</c>, <c>idl/Smtp.idl</c>,
/// <c>idl/EventEngine.idl</c>, <c>idl/Pdu.idl</c>, <c>idl/Nameplate.idl</c>). Unverified details live in <see cref="PxAssumptions"/>.
/// </summary>
internal static class Endpoints
{
    /// <summary><c>pdumodel.Pdu_4_1_6</c> of the first (standalone) PDU.</summary>
    public const string Pdu = "/model/pdu/0";

    /// <summary><c>devsettings.Smtp_2_0_0</c>.</summary>
    public const string Smtp = "/smtp";

    /// <summary><c>event.Engine_1_0_1</c>.</summary>
    public const string EventEngine = "/event_engine";

    /// <summary><c>Pdu.getMetaData()</c> → <c>MetaData {nameplate, ctrlBoardSerial, hwRevision, fwRevision, macAddress}</c>.</summary>
    public const string GetMetaData = "getMetaData";

    /// <summary><c>Smtp.getConfiguration()</c> → <c>Configuration</c>.</summary>
    public const string GetConfiguration = "getConfiguration";

    /// <summary><c>Smtp.setConfiguration(in Configuration cfg)</c> → 0 OK, 1 <c>ERR_INVALID_PARAMS</c>.</summary>
    public const string SetConfiguration = "setConfiguration";

    /// <summary><c>Smtp.testConfiguration(in Configuration cfg, in vector&lt;string&gt; recipients)</c> → <c>TestResult {status, message}</c>; the active configuration is not changed.</summary>
    public const string TestConfiguration = "testConfiguration";

    /// <summary><c>Smtp_2_0_0.ERR_INVALID_PARAMS</c>.</summary>
    public const int ErrInvalidParams = 1;

    /// <summary><c>Engine.listActions()</c> → <c>vector&lt;Action&gt;</c>.</summary>
    public const string ListActions = "listActions";

    /// <summary><c>Engine.addAction(in Action action, out string actionId)</c> → 0 OK, 1 name exists, 2 id generation failed, 3 maximum reached.</summary>
    public const string AddAction = "addAction";

    /// <summary><c>Engine.modifyAction(in Action action)</c> → 0 OK, 1 name exists, 2 id unknown.</summary>
    public const string ModifyAction = "modifyAction";

    /// <summary><c>Engine.deleteAction(in string actionId)</c> → 0 OK, 1 id unknown, 2 not deletable.</summary>
    public const string DeleteAction = "deleteAction";

    /// <summary>The action type of an e-mail action (<c>html/eventengine.html</c>, "Send Email").</summary>
    public const string SendSmtpMessage = "SendSmtpMessage";

    /// <summary>The argument that makes an action use the global SMTP settings (<c>"0"</c>) or its own (<c>"1"</c>).</summary>
    public const string OverrideSmtp = "OverrideSmtp";

    /// <summary>The SMTP configuration's field names, IDL order.</summary>
    public static class Cfg
    {
        /// <summary>SMTP server host name or IP address.</summary>
        public const string Host = "host";

        /// <summary>SMTP server port.</summary>
        public const string Port = "port";

        /// <summary>"Enforce TLS usage" (STARTTLS).</summary>
        public const string UseTls = "useTls";

        /// <summary>Allow expired and not yet valid certificates.</summary>
        public const string AllowOffTimeRangeCerts = "allowOffTimeRangeCerts";

        /// <summary>TLS CA certificate chain.</summary>
        public const string CaCertChain = "caCertChain";

        /// <summary>Sender address.</summary>
        public const string Sender = "sender";

        /// <summary>Server requires authentication.</summary>
        public const string UseAuth = "useAuth";

        /// <summary>Authentication user name.</summary>
        public const string Username = "username";

        /// <summary>Password: write-only, empty to leave unchanged.</summary>
        public const string Password = "password";

        /// <summary>Number of attempts at sending.</summary>
        public const string RetryCount = "retryCount";

        /// <summary>Retry interval in minutes.</summary>
        public const string RetryInterval = "retryInterval";
    }
}
