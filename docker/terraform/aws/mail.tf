# SES sends the marketplaces' mails over SMTP with STARTTLS: a verified domain with DKIM, and SMTP
# credentials derived from an IAM user that may only send.
resource "aws_sesv2_email_identity" "mail" {
  email_identity = var.mail_domain
}

resource "aws_iam_user" "smtp" {
  name = "${local.name}-smtp"
}

resource "aws_iam_user_policy" "smtp" {
  user = aws_iam_user.smtp.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ses:SendRawEmail"]
      Resource = [aws_sesv2_email_identity.mail.arn]
    }]
  })
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}
