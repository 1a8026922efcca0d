# ECS on Fargate: web tasks behind the load balancer and worker tasks for background jobs, from
# one image; each scales on CPU. A deployment starts new tasks and waits for them to be healthy
# before draining old ones (deregistration delay), and rolls back by itself if they never are.
resource "aws_ecs_cluster" "main" {
  name = local.name
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/${local.name}"
  retention_in_days = 30
}

data "aws_iam_policy_document" "tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

# What ECS itself needs to start a task: pull the image, write logs, read the secrets.
resource "aws_iam_role" "execution" {
  name               = "${local.name}-execution"
  assume_role_policy = data.aws_iam_policy_document.tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role_policy" "execution_secrets" {
  role = aws_iam_role.execution.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = ["secretsmanager:GetSecretValue"]
      Resource = [
        aws_secretsmanager_secret.app.arn,
        aws_rds_cluster.main.master_user_secret[0].secret_arn,
      ]
    }]
  })
}

# What the application may do: its bucket, nothing else (S3 credentials come from this role).
resource "aws_iam_role" "task" {
  name               = "${local.name}-task"
  assume_role_policy = data.aws_iam_policy_document.tasks_assume.json
}

resource "aws_iam_role_policy" "task_photos" {
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = [aws_s3_bucket.photos.arn]
      },
      {
        Effect = "Allow"
        Action = [
          "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:RestoreObject",
          "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts",
        ]
        Resource = ["${aws_s3_bucket.photos.arn}/*"]
      },
    ]
  })
}

locals {
  environment = [
    { name = "SHUTTERPORT_PROFILE", value = "production" },
    { name = "SHUTTERPORT_DB_HOST", value = aws_db_proxy.main.endpoint },
    { name = "SHUTTERPORT_DB_READ_HOST", value = aws_db_proxy_endpoint.reader.endpoint },
    { name = "SHUTTERPORT_DB_NAME", value = aws_rds_cluster.main.database_name },
    { name = "SHUTTERPORT_DB_USER", value = aws_rds_cluster.main.master_username },
    { name = "SHUTTERPORT_DB_POOL_MAX", value = "20" },
    { name = "SHUTTERPORT_REDIS_URL", value = "rediss://${aws_elasticache_replication_group.main.primary_endpoint_address}:6379" },
    { name = "SHUTTERPORT_MAIL_SMTP_HOST", value = "email-smtp.${var.region}.amazonaws.com" },
    { name = "SHUTTERPORT_MAIL_SMTP_PORT", value = "587" },
    { name = "SHUTTERPORT_MAIL_SMTP_STARTTLS", value = "required" },
    { name = "SHUTTERPORT_MAIL_FROM", value = "no-reply@${var.mail_domain}" },
    { name = "SHUTTERPORT_PLUGIN_STORAGE_S3_BUCKET", value = aws_s3_bucket.photos.id },
    { name = "SHUTTERPORT_PLUGIN_STORAGE_S3_REGION", value = var.region },
    { name = "SHUTTERPORT_PLUGIN_STORAGE_S3_CLOUDFRONTURL", value = "https://${aws_cloudfront_distribution.photos.domain_name}" },
    { name = "SHUTTERPORT_PLUGIN_STORAGE_S3_CLOUDFRONTKEYPAIRID", value = aws_cloudfront_public_key.photos.id },
    { name = "OTEL_SDK_DISABLED", value = var.otlp_endpoint == "" ? "true" : "false" },
    { name = "OTEL_SERVICE_NAME", value = local.name },
    { name = "OTEL_EXPORTER_OTLP_ENDPOINT", value = var.otlp_endpoint },
    { name = "OTEL_EXPORTER_OTLP_PROTOCOL", value = "http/protobuf" },
    { name = "OTEL_LOGS_EXPORTER", value = "otlp" },
  ]
  secrets = [
    { name = "SHUTTERPORT_DB_PASSWORD", valueFrom = "${aws_rds_cluster.main.master_user_secret[0].secret_arn}:password::" },
    { name = "SHUTTERPORT_REDIS_PASSWORD", valueFrom = "${aws_secretsmanager_secret.app.arn}:REDIS_PASSWORD::" },
    { name = "SHUTTERPORT_MAIL_SMTP_USER", valueFrom = "${aws_secretsmanager_secret.app.arn}:SMTP_USER::" },
    { name = "SHUTTERPORT_MAIL_SMTP_PASSWORD", valueFrom = "${aws_secretsmanager_secret.app.arn}:SMTP_PASSWORD::" },
    { name = "SHUTTERPORT_PLUGIN_STORAGE_S3_CLOUDFRONTPRIVATEKEY", valueFrom = "${aws_secretsmanager_secret.app.arn}:CLOUDFRONT_PRIVATE_KEY::" },
  ]
  roles = {
    web    = { cpu = 1024, memory = 2048, workers = "2" }
    worker = { cpu = 2048, memory = 4096, workers = "4" }
  }
}

resource "aws_ecs_task_definition" "app" {
  for_each                 = local.roles
  family                   = "${local.name}-${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.value.cpu
  memory                   = each.value.memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
  container_definitions = jsonencode([{
    name      = "shutterport"
    image     = var.image
    essential = true
    portMappings = [{
      containerPort = 9080
      protocol      = "tcp"
    }]
    environment = concat(local.environment, [
      { name = "SHUTTERPORT_NODE_ROLE", value = each.key },
      { name = "SHUTTERPORT_JOBS_WORKERS", value = each.value.workers },
    ])
    secrets     = local.secrets
    stopTimeout = 60
    healthCheck = {
      command     = ["CMD", "curl", "-fsS", "http://127.0.0.1:9080/health/live"]
      interval    = 15
      timeout     = 5
      retries     = 3
      startPeriod = 180
    }
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.app.name
        awslogs-region        = var.region
        awslogs-stream-prefix = each.key
      }
    }
  }])
}

resource "aws_lb" "main" {
  name               = local.name
  load_balancer_type = "application"
  subnets            = aws_subnet.public[*].id
  security_groups    = [aws_security_group.alb.id]
  idle_timeout       = 3600 # chat sockets stay open
}

resource "aws_lb_target_group" "web" {
  name                 = "${local.name}-web"
  port                 = 9080
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = aws_vpc.main.id
  deregistration_delay = 30
  health_check {
    path                = "/health/ready"
    interval            = 10
    healthy_threshold   = 2
    unhealthy_threshold = 2
    matcher             = "200"
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.main.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.main.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_ecs_service" "app" {
  for_each                           = local.roles
  name                               = "${local.name}-${each.key}"
  cluster                            = aws_ecs_cluster.main.id
  task_definition                    = aws_ecs_task_definition.app[each.key].arn
  launch_type                        = "FARGATE"
  desired_count                      = each.key == "web" ? var.web_count.min : var.worker_count.min
  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200
  health_check_grace_period_seconds  = each.key == "web" ? 180 : null
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  network_configuration {
    subnets         = aws_subnet.private[*].id
    security_groups = [aws_security_group.app.id]
  }
  dynamic "load_balancer" {
    for_each = each.key == "web" ? [1] : []
    content {
      target_group_arn = aws_lb_target_group.web.arn
      container_name   = "shutterport"
      container_port   = 9080
    }
  }
  lifecycle {
    ignore_changes = [desired_count] # the autoscaler owns it
  }
  depends_on = [aws_lb_listener.https]
}

resource "aws_appautoscaling_target" "app" {
  for_each           = local.roles
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service.app[each.key].name}"
  min_capacity       = each.key == "web" ? var.web_count.min : var.worker_count.min
  max_capacity       = each.key == "web" ? var.web_count.max : var.worker_count.max
}

resource "aws_appautoscaling_policy" "cpu" {
  for_each           = local.roles
  name               = "${local.name}-${each.key}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.app[each.key].service_namespace
  scalable_dimension = aws_appautoscaling_target.app[each.key].scalable_dimension
  resource_id        = aws_appautoscaling_target.app[each.key].resource_id
  target_tracking_scaling_policy_configuration {
    target_value       = each.key == "web" ? 65 : 70
    scale_in_cooldown  = 300
    scale_out_cooldown = 60
    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}
