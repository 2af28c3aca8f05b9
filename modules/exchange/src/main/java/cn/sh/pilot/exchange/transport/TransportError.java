package cn.sh.pilot.exchange.transport;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why a transfer or an endpoint operation failed. Ids are stable: delivery records, logs and the
 * command line show them; messages say what to do next.
 */
public enum TransportError implements ErrorId {

    HOST_KEY_MISMATCH("sftp-host-key-mismatch",
            "服务器主机密钥与登记的（固定的）主机密钥不一致，连接已中止。请勿继续发送；请通过电话等其他渠道向市级管理员核实主机密钥指纹后再更新配置。",
            "The server's host key differs from the pinned host key, so the connection was stopped. Do not send; confirm the host key fingerprint with the municipal administrator by another channel before changing the configuration."),
    HOST_KEY_INVALID("sftp-host-key-invalid",
            "配置的服务器主机公钥无法读取。请填写 OpenSSH 格式的一行公钥（如 “ssh-ed25519 AAAA…”），由市级管理员提供。",
            "The configured server host key cannot be read. Give one OpenSSH public key line (e.g. \"ssh-ed25519 AAAA...\") as provided by the municipal administrator."),
    AUTH_REFUSED("sftp-auth-refused",
            "服务器拒绝了密钥认证。请确认账号（推荐单位代码）正确，且该私钥对应的公钥已由市级管理员登记。",
            "The server refused key authentication. Check the account (recommender code) and that the public key of this private key is registered with the municipal administrator."),
    PRIVATE_KEY_UNREADABLE("sftp-private-key-unreadable",
            "无法读取 SSH 私钥文件。请检查路径、权限和格式（OpenSSH 格式的 ed25519、RSA 或 ECDSA 私钥）。",
            "The SSH private key file cannot be read. Check its path, permissions and format (an OpenSSH ed25519, RSA or ECDSA private key)."),
    UNREACHABLE("sftp-unreachable",
            "无法连接 SFTP 服务器（已按设定次数重试）。请检查网络、主机名和端口，稍后再发送；已上传的部分不会被当作完整文件。",
            "The SFTP server cannot be reached (retried as configured). Check the network, host name and port, and send again later; a partial upload is never taken as complete."),
    CONNECTION_LOST("sftp-connection-lost",
            "传输中连接中断（已按设定次数重试）。请稍后重新发送；服务器上只留下临时文件，不会出现不完整的正式文件。",
            "The connection dropped during the transfer (retried as configured). Send again later; only a temporary file may remain on the server, never an incomplete file under the final name."),
    REMOTE_EXISTS("sftp-remote-exists",
            "服务器上已存在同名文件，未覆盖。若是重复发送则无需处理；若内容不同，请用新的文件名（新的批次）发送。",
            "A file with this name already exists on the server and was not overwritten. If this is a repeat send, nothing needs doing; if the content differs, send it under a new name (a new batch)."),
    REMOTE_FOLDER_MISSING("sftp-remote-folder-missing",
            "服务器上的目标文件夹不存在。请确认远程目录（通常为 inbox 或 receipts）。",
            "The target folder does not exist on the server. Check the remote folder (normally inbox or receipts)."),
    PERMISSION_DENIED("sftp-permission-denied",
            "服务器拒绝了该操作。只能向 inbox/ 上传（先用临时名 *.part 再改名为 *.zip），只能从 receipts/ 读取。",
            "The server refused this operation. Upload only into inbox/ (first as a temporary *.part name, then rename to *.zip); read only from receipts/."),
    INCOMPLETE_UPLOAD("sftp-incomplete-upload",
            "上传后服务器上临时文件的大小与本地文件不一致，未改名为正式文件。请重新发送。",
            "After the upload the temporary file on the server does not have the local file's size, so it was not renamed to the final name. Send again."),
    LOCAL_FILE_UNREADABLE("sftp-local-file-unreadable",
            "无法读取要发送的本地文件。请检查路径和权限。",
            "The local file to send cannot be read. Check its path and permissions."),
    LOCAL_NAME_TEMPORARY("sftp-local-name-temporary",
            "要发送的文件名是临时文件名（*.part 或以 . 开头）。请发送完整的 *.zip 文件。",
            "The file to send has a temporary name (*.part or a leading dot). Send the complete *.zip file."),
    LOCAL_FOLDER_UNWRITABLE("sftp-local-folder-unwritable",
            "无法写入本地接收文件夹。请检查路径、磁盘空间和权限。",
            "The local folder for received files cannot be written. Check its path, free space and permissions."),
    ACCOUNT_CODE_INVALID("sftp-account-code-invalid",
            "账号代码无效：只允许字母、数字、下划线和连字符（最多 32 个字符）。请使用推荐单位代码，如 310104。",
            "Invalid account code: only letters, digits, underscore and hyphen (at most 32 characters). Use the recommender code, e.g. 310104."),
    HOST_KEY_STORE_FAILED("sftp-host-key-store-failed",
            "无法读取或生成 SFTP 服务器主机密钥。请检查主机密钥文件夹的路径和权限（私钥文件应为 0600）。",
            "The SFTP server host key cannot be read or generated. Check the host key folder's path and permissions (the private key file should be 0600)."),
    ENDPOINT_START_FAILED("sftp-endpoint-start-failed",
            "SFTP 服务无法启动（端口可能已被占用）。请检查 PILOT_SFTP_PORT 设置或停止占用该端口的程序。",
            "The SFTP endpoint cannot start (the port may be in use). Check PILOT_SFTP_PORT or stop the program using that port.");

    private final String id;
    private final String zh;
    private final String en;

    TransportError(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
