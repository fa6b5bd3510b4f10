import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import {
  ExtentLayerController,
  type ExtentLayerCallbacks,
  type ExtentLayerState,
} from "./extent-layer-controller";

type ExtentLayerProps = ExtentLayerState &
  ExtentLayerCallbacks & {
    describedBy: string;
    onController(controller: ExtentLayerController | null): void;
  };

/** Mounts the imperative rectangle editor on the surrounding react-leaflet map. */
export function ExtentLayer(props: ExtentLayerProps) {
  const { value, disabled, drawing, onChange, onMessage, onDrawEnd, onController } = props;
  const map = useMap();
  const [controller] = useState(() => new ExtentLayerController(map, props.describedBy));

  useEffect(() => {
    controller.setCallbacks({ onChange, onMessage, onDrawEnd });
  }, [controller, onChange, onMessage, onDrawEnd]);

  useEffect(() => {
    controller.attach();
    onController(controller);
    return () => {
      onController(null);
      controller.detach();
    };
  }, [controller, onController]);

  useEffect(() => {
    controller.update({ value, disabled, drawing });
  }, [controller, value, disabled, drawing]);

  return null;
}
