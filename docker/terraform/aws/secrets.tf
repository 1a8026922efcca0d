# The application's secrets, in one Secrets Manager secret whose keys the tasks read at start
# (rotating one means a new deployment: docs/operator/runbook.md). The database password is the
# one RDS manages and rotates itself, in its own secret.
resource "aws_secretsmanager_secret" "app" {
  name                    = "${local.name}/app"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "app" {
  secret_id = aws_secretsmanager_secret.app.id
  secret_string = jsonencode({
    REDIS_PASSWORD         = random_password.redis.result
    SMTP_USER              = aws_iam_access_key.smtp.id
    SMTP_PASSWORD          = aws_iam_access_key.smtp.ses_smtp_password_v4
    CLOUDFRONT_PRIVATE_KEY = tls_private_key.cloudfront.private_key_pem_pkcs8
  })
}
