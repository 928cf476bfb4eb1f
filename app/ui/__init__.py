"""The Qt desktop client."""
