variable "region" {
  description = "AWS region of the deployment."
  type        = string
  default     = "ap-northeast-1"
}

variable "environment" {
  description = "Name of this environment (production, staging…): part of every resource's name."
  type        = string
}

variable "image" {
  description = "The Shutterport image (docker/Dockerfile), e.g. an ECR URI with its tag."
  type        = string
}

variable "certificate_arn" {
  description = "ACM certificate of the marketplaces' host names, for the load balancer."
  type        = string
}

variable "mail_domain" {
  description = "Domain mails are sent from (verified in SES with DKIM)."
  type        = string
}

variable "vpc_cidr" {
  description = "Address range of the VPC."
  type        = string
  default     = "10.40.0.0/16"
}

variable "az_count" {
  description = "Availability zones to spread over (2 or 3)."
  type        = number
  default     = 2
}

variable "web_count" {
  description = "Web tasks: least and most, for autoscaling."
  type = object({
    min = number
    max = number
  })
  default = {
    min = 2
    max = 20
  }
}

variable "worker_count" {
  description = "Worker tasks (background jobs): least and most, for autoscaling."
  type = object({
    min = number
    max = number
  })
  default = {
    min = 2
    max = 10
  }
}

variable "db_instance_class" {
  description = "Aurora instance class of the writer and the reader."
  type        = string
  default     = "db.r6g.large"
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.r7g.large"
}

variable "archive_after_days" {
  description = "Days after which earlier versions of stored photos move to Glacier."
  type        = number
  default     = 30
}

variable "otlp_endpoint" {
  description = "OTLP/HTTP endpoint of a collector (e.g. an ADOT or Datadog agent); empty leaves OpenTelemetry off."
  type        = string
  default     = ""
}
