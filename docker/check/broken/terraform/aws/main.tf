# Planted mistakes for check.mjs --self-test.
variable "used" {
  type = string
}

variable "never_used" {
  type = string
}

resource "aws_s3_bucket" "photos" {
  bucket = "${var.used}-${var.undeclared}"
}

output "bucket" {
  value = aws_s3_bucket.pictures.id
}
