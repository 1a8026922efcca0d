# Backups of the database and the photos together: AWS Backup keeps continuous backups of both,
# so they can be restored to the same second within 35 days (docs/operator/runbook.md), plus the
# bucket's own versions and Aurora's automated backups.
resource "aws_backup_vault" "main" {
  name = local.name
}

resource "aws_backup_plan" "main" {
  name = local.name
  rule {
    rule_name                = "continuous"
    target_vault_name        = aws_backup_vault.main.name
    schedule                 = "cron(0 18 * * ? *)"
    enable_continuous_backup = true
    lifecycle {
      delete_after = 35
    }
  }
}

resource "aws_iam_role" "backup" {
  name = "${local.name}-backup"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "backup.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "backup" {
  for_each = toset([
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
    "arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup",
    "arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore",
  ])
  role       = aws_iam_role.backup.name
  policy_arn = each.value
}

resource "aws_backup_selection" "main" {
  name         = local.name
  plan_id      = aws_backup_plan.main.id
  iam_role_arn = aws_iam_role.backup.arn
  resources = [
    aws_rds_cluster.main.arn,
    aws_s3_bucket.photos.arn,
  ]
}
