resource "aws_s3_bucket" "half" {
  bucket =
}
