# Shutterport's AWS shape (docs/operator/deploy.md): ECS Fargate web and worker services behind an
# ALB, Aurora PostgreSQL with a reader behind RDS Proxy, ElastiCache Redis with TLS and AUTH, S3
# with CloudFront signed URLs, SES, and every secret in Secrets Manager.
#   terraform init -backend-config=backend.hcl && terraform plan -out=plan && terraform apply plan
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    tls = {
      source  = "hashicorp/tls"
      version = "~> 4.0"
    }
  }
  # State in an S3 bucket of the operator's, encrypted, with a lock; the file names it per
  # environment (it holds secrets: the Redis token, SES's SMTP password, CloudFront's key).
  backend "s3" {}
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      Application = "shutterport"
      Environment = var.environment
    }
  }
}

locals {
  name = "shutterport-${var.environment}"
  azs  = slice(data.aws_availability_zones.available.names, 0, var.az_count)
}

data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_caller_identity" "current" {}
