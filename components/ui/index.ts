export { Alert } from "./alert";
export { Badge } from "./badge";
export { Button, LinkButton, buttonClass } from "./button";
export { cn } from "./cn";
export { EmptyState } from "./empty-state";
export { FormField, inputClass } from "./form-field";
export { PageHeader } from "./page-header";
export { Skeleton, SkeletonList } from "./skeleton";
