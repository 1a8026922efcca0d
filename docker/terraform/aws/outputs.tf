output "load_balancer_dns" {
  description = "Point every marketplace's host name here (CNAME or alias)."
  value       = aws_lb.main.dns_name
}

output "photos_cdn" {
  description = "CloudFront domain of the photo downloads."
  value       = aws_cloudfront_distribution.photos.domain_name
}

output "database_proxy" {
  description = "RDS Proxy endpoints: the writer, and the reader the nodes read search listings from."
  value = {
    writer = aws_db_proxy.main.endpoint
    reader = aws_db_proxy_endpoint.reader.endpoint
  }
}

output "redis" {
  description = "Primary endpoint of the Redis replication group (TLS)."
  value       = aws_elasticache_replication_group.main.primary_endpoint_address
}

output "mail_dkim_tokens" {
  description = "CNAME records to publish for SES's DKIM."
  value       = aws_sesv2_email_identity.mail.dkim_signing_attributes[0].tokens
}
